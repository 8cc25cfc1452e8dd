using System.Diagnostics.CodeAnalysis;

// ReplyConverter's constructor is private protected and its TryReadBoxed internal abstract, so only
// ReplyConverter<T> can derive from it; ReplyConverter<T> is meant to be derived from (generated code and tests
// build converters on it), and its TryRead default keeps every external converter on the value-model path.
[assembly: SuppressMessage("ApiDesign", "RS0022:Constructor make noninheritable base class inheritable",
    Scope = "type", Target = "~T:UseServer.Flight.Binding.ReplyConverter`1", Justification = "ReplyConverter<T> is the extension point; ReplyConverter is not.")]
