# A tiny image that only carries the popcon hook folder, for init containers to copy from.
#
#   mkdir hook-image && cp -R "$(dirname "$(popcon hook path)")"/. hook-image/
#   docker build -f deploy/kubernetes/popcon-hook.Dockerfile -t your-registry/popcon-hook:0.1.0 hook-image
#
# The folder is one unit: Popcon.StartupHook.dll (the file DOTNET_STARTUP_HOOKS names) loads the
# reporter from beside it, either the portable Popcon.Reporter.dll or the one compiled ahead of
# time for the running runtime in a net<major>.0-linux-x64/ subfolder. Copy it whole.
#
# To bake the hook into an application image instead, copy it in the same image that sets the
# variable, so the files and DOTNET_STARTUP_HOOKS can never part:
#   COPY --from=your-registry/popcon-hook:0.1.0 /popcon/ /usr/local/lib/popcon/hook/
#   ENV DOTNET_STARTUP_HOOKS=/usr/local/lib/popcon/hook/Popcon.StartupHook.dll
FROM busybox:1.36
COPY . /popcon/
USER 65534:65534
