namespace Linkwell.Domain.Shared;

/// <summary>
/// A rule of the model was broken (an illegal transition, a missing reason). The message is written for
/// the person using Linkwell: the web layer shows it as it is.
/// </summary>
public sealed class DomainException(string message) : Exception(message);
