namespace UseServerApp.Data;

/// <summary>A task on the list.</summary>
public sealed class TodoItem
{
    /// <summary>The longest title the server accepts.</summary>
    public const int MaxTitleLength = 100;

    public int Id { get; set; }

    public required string Title { get; set; }

    public bool Done { get; set; }
}
