# /etc/profile.d/popcon.sh: load the popcon hook into .NET processes started from login shells.
#
# Sourced by sh, dash, bash, ksh and zsh, also under `set -eu`: it only tests and assigns.
# DOTNET_STARTUP_HOOKS is set only while the hook file exists, is appended to an existing
# value with ':' (the Linux separator) and never listed twice. POPCON_HOOK_PATH overrides the
# path; anything but an absolute path without ':' is ignored, because a wrong entry stops
# every .NET process from starting.
popcon_hook_=${POPCON_HOOK_PATH:-/usr/local/lib/popcon/hook/Popcon.StartupHook.dll}
case $popcon_hook_ in
    /*:*) ;;
    /*)
        if [ -f "$popcon_hook_" ]; then
            case ":${DOTNET_STARTUP_HOOKS-}:" in
                *":$popcon_hook_:"*) ;;
                *)
                    DOTNET_STARTUP_HOOKS=${DOTNET_STARTUP_HOOKS:+$DOTNET_STARTUP_HOOKS:}$popcon_hook_
                    export DOTNET_STARTUP_HOOKS
                    ;;
            esac
        fi
        ;;
esac
unset popcon_hook_
