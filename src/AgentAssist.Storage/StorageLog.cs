using Microsoft.Extensions.Logging;

namespace AgentAssist.Storage;

/// <summary>Storage log messages. Never a draft's text or a message payload: ids, versions, counts.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Applied schema migration {Version} '{Name}' on {Provider}")]
    public static partial void MigrationApplied(ILogger logger, int version, string name, StorageProvider provider);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Storage ready: {Provider}, schema up to date ({Applied} migrations applied now)")]
    public static partial void StorageReady(ILogger logger, StorageProvider provider, int applied);
}
