# A tiny image that only carries the popcon hook, for init containers to copy from.
#
#   mkdir hook-image && cp "$(popcon hook path)" hook-image/
#   docker build -f deploy/kubernetes/popcon-hook.Dockerfile -t your-registry/popcon-hook:0.1.0 hook-image
#
# To bake the hook into an application image instead, copy it in the same image that sets the
# variable, so the file and DOTNET_STARTUP_HOOKS can never part:
#   COPY --from=your-registry/popcon-hook:0.1.0 /popcon/Popcon.Reporter.dll /usr/local/lib/popcon/
#   ENV DOTNET_STARTUP_HOOKS=/usr/local/lib/popcon/Popcon.Reporter.dll
FROM busybox:1.36
COPY Popcon.Reporter.dll /popcon/Popcon.Reporter.dll
USER 65534:65534
