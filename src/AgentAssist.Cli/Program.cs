using System.Text;
using AgentAssist.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CliApplication.Run(args, Console.In, Console.Out, Console.Error);
