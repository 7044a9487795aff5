using Popcon.Cli;

return await PopconCommandLine.RunAsync(args).ConfigureAwait(false);
