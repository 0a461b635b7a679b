using System.Data.Common;

namespace AgentAssist.Storage;

/// <summary>Parameter binding shared by the stores.</summary>
public static class DbCommandExtensions
{
    /// <summary>Adds a named parameter (<c>@name</c> in the SQL); <see langword="null"/> binds SQL NULL.</summary>
    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }
}
