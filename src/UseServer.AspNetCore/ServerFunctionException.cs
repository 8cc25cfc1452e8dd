namespace UseServer;

/// <summary>
/// An exception whose message is meant for the user: it reaches the client even in Production, where
/// every other exception's message is replaced by an empty one and only the error digest is sent.
/// </summary>
/// <remarks>Never put secrets, identifiers of other users or internal details in the message.</remarks>
public class ServerFunctionException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public ServerFunctionException()
    {
    }

    /// <summary>Creates the exception with a message that is safe to show to the user.</summary>
    /// <param name="message">The user-facing message.</param>
    public ServerFunctionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a user-facing message and the underlying cause (which is never sent).</summary>
    /// <param name="message">The user-facing message.</param>
    /// <param name="innerException">The cause, for logs only.</param>
    public ServerFunctionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
