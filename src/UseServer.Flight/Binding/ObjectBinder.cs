using System.Reflection;
using System.Text.Json;

namespace UseServer.Flight.Binding;

/// <summary>
/// Binds a record, class or struct straight from the reply's tokens with the members System.Text.Json's metadata
/// describes (<see cref="ObjectBinders"/> builds it once per type and options): JSON names after naming policies and
/// <c>[JsonPropertyName]</c>, case-insensitive matching when the options ask for it, constructor parameters (with their
/// defaults), settable properties, <c>required</c> members, nullability when the options respect it, and missing members
/// left at their defaults. It gives up wherever System.Text.Json might read differently (a repeated member, a null it
/// would refuse, a required member missing…), and the argument then goes through the rewrite and System.Text.Json.
/// </summary>
internal sealed class ObjectBinder : MemberReader
{
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private Dictionary<string, int>? _byNameIgnoringCase;
    private Member[] _members = [];
    private byte[]?[] _utf8Names = [];
    private int[] _slots = [];
    private int[] _parameters = [];
    private int[] _setters = [];
    private ulong _mustAssign;
    private ConstructorInvoker? _constructor;
    private int _arity;
    private Func<object>? _create;

    /// <summary>Members are tracked one bit each: a type with more keeps System.Text.Json.</summary>
    public const int MaxMembers = 64;

    public ObjectBinder(Type type) => Type = type;

    /// <summary>The type bound.</summary>
    public Type Type { get; }

    public override bool AcceptsNull => !Type.IsValueType;

    /// <summary>Fills the binder once its member readers exist (a type may contain itself, so the binder exists first).</summary>
    internal void Initialize(Member[] members, bool ignoreCase, ConstructorInfo? constructor, Func<object>? create, bool respectRequiredParameters)
    {
        _members = members;
        for (int i = 0; i < members.Length; i++)
        {
            _byName.Add(members[i].Name, i);
        }

        _utf8Names = Array.ConvertAll(members, m => MemberNames.Utf8(m.Name));
        _byNameIgnoringCase = ignoreCase ? new Dictionary<string, int>(_byName, StringComparer.OrdinalIgnoreCase) : null;
        _constructor = constructor is null ? null : ConstructorInvoker.Create(constructor);
        _arity = constructor?.GetParameters().Length ?? 0;
        _create = create;

        // Each member's value has a slot: a constructor parameter's is its position, so the slots are the arguments;
        // the others follow. What System.Text.Json refuses when missing is one mask: a required member, or a constructor
        // parameter without a default when the options respect those.
        _slots = new int[members.Length];
        int next = _arity;
        for (int i = 0; i < members.Length; i++)
        {
            Member member = members[i];
            _slots[i] = member.Position >= 0 ? member.Position : next++;
            if (member.Required || (member.Position >= 0 && respectRequiredParameters && !member.HasDefault))
            {
                _mustAssign |= 1UL << i;
            }
        }

        _parameters = [.. Enumerable.Range(0, members.Length).Where(i => members[i].Position >= 0)];
        _setters = [.. Enumerable.Range(0, members.Length).Where(i => members[i] is { Position: < 0, Set: not null })];
    }

    public override bool TryObject(ref Utf8JsonReader reader, DirectArgumentReader direct, out object? value)
    {
        value = null;
        int start = direct.TakeSlots(_members.Length);
        var taker = new MemberTaker(this, direct, start, direct.OpenKeys());
        try
        {
            return MemberReaders.TryReadProperties(ref reader, direct, ref taker) && TryCreate(direct.Slots.AsSpan(start, _members.Length), taker.Assigned, out value);
        }
        finally
        {
            direct.CloseKeys(taker.UnknownKeys);
            direct.ReturnSlots(start);
        }
    }

    /// <summary>Builds the object from its members' <paramref name="slots"/> (only the <paramref name="assigned"/> ones hold values).</summary>
    private bool TryCreate(Span<object?> slots, ulong assigned, out object? value)
    {
        value = null;
        if ((_mustAssign & ~assigned) != 0)
        {
            return false; // System.Text.Json refuses a missing required member or constructor parameter
        }

        foreach (int i in _parameters)
        {
            if ((assigned & (1UL << i)) == 0)
            {
                slots[_members[i].Position] = _members[i].Default;
            }
        }

        object created = _constructor is not null ? _constructor.Invoke(slots[.._arity]) : _create!();
        foreach (int i in _setters)
        {
            if ((assigned & (1UL << i)) != 0)
            {
                _members[i].Set!(created, slots[_slots[i]]);
            }
        }

        value = created;
        return true;
    }

    /// <summary>Takes each property for its member; a key no member takes is checked and skipped, as System.Text.Json skips it.</summary>
    private struct MemberTaker(ObjectBinder binder, DirectArgumentReader direct, int start, int unknownKeys) : MemberReaders.IPropertyTaker
    {
        private ulong _seen;
        private int _next;

        /// <summary>Where this object's unknown keys start in the reader's shared list.</summary>
        public readonly int UnknownKeys => unknownKeys;

        /// <summary>The members given a value, one bit each.</summary>
        public ulong Assigned { get; private set; }

        /// <summary>Keys usually come in declaration order: the member after the last one matched is tried first.</summary>
        public int Match(ReadOnlySpan<byte> utf8) => MemberNames.Match(binder._utf8Names, utf8, _next);

        public bool TakeMatched(ref Utf8JsonReader reader, int member)
        {
            // The key the string path would have made is this member's name: its length is the limit's to check.
            _next = member + 1;
            return binder._members[member].Name.Length <= direct.Reviver.Limits.MaxStringLength && TakeMember(ref reader, member, null);
        }

        public bool Take(ref Utf8JsonReader reader, string name)
        {
            if (!binder._byName.TryGetValue(name, out int index) && binder._byNameIgnoringCase?.TryGetValue(name, out index) != true)
            {
                return direct.AddKey(unknownKeys, name) &&
                    MemberReaders.TryReadProperty(ref reader, direct, MemberReaders.SkipReader.Instance, name, out _) != 0;
            }

            return TakeMember(ref reader, index, name);
        }

        /// <summary>The value of member <paramref name="index"/>; <paramref name="name"/> is the key when it was read as a string (null: matched, well-formed).</summary>
        private bool TakeMember(ref Utf8JsonReader reader, int index, string? name)
        {
            ulong bit = 1UL << index;
            if ((_seen & bit) != 0)
            {
                return false; // a repeated key, or two spellings of one member: not proven the same
            }

            _seen |= bit;
            Member member = binder._members[index];
            int result = name is null
                ? direct.TryReadMember(ref reader, member.Reader, inObject: true, out object? read)
                : MemberReaders.TryReadProperty(ref reader, direct, member.Reader, name, out read);
            switch (result)
            {
                case 1 when read is not null || member.AcceptsNull:
                    direct.Slots[start + binder._slots[index]] = read; // the slots may have grown while the value was read
                    Assigned |= bit;
                    return true;
                case DirectArgumentReader.Omitted:
                    return true;
                default:
                    return false;
            }
        }
    }

    /// <summary>
    /// One member: its JSON name, reader, constructor position (or -1) or setter (neither: System.Text.Json ignores its
    /// value), whether it is required, whether null may be assigned, and a constructor parameter's default.
    /// </summary>
    internal sealed record Member(string Name, MemberReader Reader, int Position, Action<object, object?>? Set, bool Required, bool AcceptsNull, bool HasDefault, object? Default);
}
