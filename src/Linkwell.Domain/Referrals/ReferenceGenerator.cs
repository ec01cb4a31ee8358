using System.Security.Cryptography;

namespace Linkwell.Domain.Referrals;

/// <summary>
/// Referral references: "LW-" and eight characters from an alphabet without look-alikes (no 0/O, 1/I/L),
/// so they survive being read over the phone. 30^8 ≈ 6.6e11 values; the database enforces uniqueness.
/// </summary>
public static class ReferenceGenerator
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string Next() => "LW-" + RandomNumberGenerator.GetString(Alphabet, 8);
}
