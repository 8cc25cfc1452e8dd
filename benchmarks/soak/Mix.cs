using System.Net;

namespace UseServer.Soak;

/// <summary>
/// The mix: page renders (HTML through React in V8, and the Flight payload), reads, writes (bounded by
/// <see cref="Operation.MaxNotes"/>: renames once it is reached), a server component's bound function, the sample's
/// failing function (its 500 is expected), held calls, and malformed bodies (their 400 is expected).
/// </summary>
internal sealed class Mix(string boundToken)
{
    private int _created;

    public IReadOnlyList<Operation> Operations { get; } = Build(boundToken);

    /// <summary>Whether another note may be created (counts it when so).</summary>
    public bool TakeNote() => Interlocked.Increment(ref _created) <= Operation.MaxNotes;

    /// <summary>A random operation by weight; a note-creating one becomes the rename once the notes are all made.</summary>
    public Operation Pick(Random random)
    {
        Operation operation = PickByWeight(random);
        return operation.CreatesNote && !TakeNote() ? Operations.Single(o => o.Name == "notes.renameNotebook") : operation;
    }

    private Operation PickByWeight(Random random)
    {
        int total = Operations.Sum(o => o.Weight);
        int n = random.Next(total);
        foreach (Operation operation in Operations)
        {
            if ((n -= operation.Weight) < 0)
            {
                return operation;
            }
        }

        return Operations[^1];
    }

    private static Operation[] Build(string token) =>
    [
        new("page html", 20, HttpStatusCode.OK, url => Operation.Page(url, accept: null)),
        new("page flight", 10, HttpStatusCode.OK, url => Operation.Page(url, "text/x-component")),
        new("notes.load", 25, HttpStatusCode.OK, url => Operation.Call(url, "notes.load", Operation.Text("[]"))),
        new("notes.create", 10, HttpStatusCode.OK, url => Operation.Call(url, "notes.create", Operation.Text("[]")), CreatesNote: true),
        new("notes.add", 5, HttpStatusCode.OK, url => Operation.Call(url, "notes.add", AddNote()), CreatesNote: true),
        new("notes.createEmpty", 5, HttpStatusCode.OK, url => Operation.Call(url, "notes.createEmpty", Operation.Text($"[\"{token}\"]")), CreatesNote: true),
        new("notes.renameNotebook", 10, HttpStatusCode.OK, url => Operation.Call(url, "notes.renameNotebook", Operation.Form(("name", "Soak " + Random.Shared.Next(1000))))),
        new("notes.fail", 5, HttpStatusCode.InternalServerError, url => Operation.Call(url, "notes.fail", Operation.Text("[]"))),
        new("diagnostics.hold", 5, HttpStatusCode.OK, url => Operation.Call(url, "diagnostics.hold", Operation.Text("[\"soak\",5]"))),
        new("malformed", 5, HttpStatusCode.BadRequest, url => Operation.Call(url, "notes.load", Operation.Text("[\"$Z\""))),
    ];

    /// <summary><c>addNote(previousState, formData)</c>: a null previous state, then the form.</summary>
    private static MultipartFormDataContent AddNote()
    {
        var form = new MultipartFormDataContent { { new StringContent("[null,\"$K1\"]"), "0" } };
        form.Add(new StringContent("Soak note"), "_1_title");
        return form;
    }
}
