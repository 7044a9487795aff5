#if NET8_0_OR_GREATER
// The libc calls of LinuxUdpSocket pass only pointers and integers; with runtime marshalling off
// the ahead-of-time compiler emits them directly instead of leaving a stub to compile per process.
[assembly: System.Runtime.CompilerServices.DisableRuntimeMarshalling]
#endif
