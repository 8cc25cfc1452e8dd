namespace Notes.Data;

/// <summary>The notebook the notes belong to. The sample has one, seeded by the first migration.</summary>
public sealed class Notebook
{
    /// <summary>The ID of the notebook every note belongs to.</summary>
    public const int DefaultId = 1;

    /// <summary>The longest name a notebook can have.</summary>
    public const int MaxNameLength = 100;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    public List<Note> Notes { get; } = [];
}
