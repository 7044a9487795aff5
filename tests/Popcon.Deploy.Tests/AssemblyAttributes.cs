using System.Runtime.Versioning;

// The deploy kit targets Linux hosts: systemd, /bin/sh, Debian's prometheus package.
[assembly: SupportedOSPlatform("linux")]
