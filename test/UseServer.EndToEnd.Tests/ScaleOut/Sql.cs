using Npgsql;

namespace UseServer.EndToEnd.Tests.ScaleOut;

/// <summary>Reads the sample's PostgreSQL database directly, to check what the app stored.</summary>
public static class Sql
{
    /// <summary>Every note's title, in insertion order.</summary>
    public static Task<List<string>> TitlesAsync(string database, CancellationToken cancellationToken) =>
        ColumnAsync<string>(database, "SELECT \"Title\" FROM \"Notes\" ORDER BY \"Id\"", cancellationToken);

    /// <summary>The first column of every row <paramref name="sql"/> selects.</summary>
    public static async Task<List<T>> ColumnAsync<T>(string database, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
