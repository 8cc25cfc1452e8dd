using System.ComponentModel.DataAnnotations;
using Notes.Data;
using UseServer.Flight.Values;

namespace Notes.Functions;

/// <summary>The fields of the add-note form, with the rules the server enforces.</summary>
internal sealed class AddNoteInput
{
    [Required(ErrorMessage = "The title is required.")]
    [MaxLength(Note.MaxTitleLength, ErrorMessage = "The title must be at most 100 characters.")]
    public string? Title { get; init; }

    public JsBlob? Attachment { get; init; }

    public static AddNoteInput From(JsFormData form)
    {
        // An empty file input still sends a nameless, empty File: treat it as no attachment.
        var file = form.Entries.FirstOrDefault(e => e.Key == "attachment").Value as JsBlob;
        if (file is { Length: 0 } && string.IsNullOrEmpty(file.FileName))
        {
            file = null;
        }

        var title = form.GetString("title");
        return new AddNoteInput { Title = string.IsNullOrWhiteSpace(title) ? null : title, Attachment = file };
    }

    /// <summary>The first validation message, or <see langword="null"/> when the input is valid.</summary>
    public static string? Validate(AddNoteInput input)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
        {
            return results[0].ErrorMessage;
        }

        return input.Attachment is { Length: > NoteAttachment.MaxSize }
            ? $"The attachment must be at most {NoteAttachment.MaxSize / 1024} KB."
            : null;
    }

    public AttachmentUpload? Upload() => Attachment is { } file
        ? new AttachmentUpload(file.FileName ?? "file", file.ContentType.Length > 0 ? file.ContentType : "application/octet-stream", file.Content)
        : null;
}
