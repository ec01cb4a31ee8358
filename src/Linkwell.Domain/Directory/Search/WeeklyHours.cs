namespace Linkwell.Domain.Directory.Search;

/// <summary>
/// When in a week something is open, in quarter hours: 7 days × 96 bits. Built once from a listing's
/// schedules, so "Tuesday mornings" is a handful of AND operations per service, not a parse of RRULEs.
/// </summary>
public readonly struct WeeklyHours : IEquatable<WeeklyHours>
{
    public const int SlotsPerDay = 96;
    private const int Words = (7 * SlotsPerDay + 63) / 64;

    private readonly ulong[]? _bits;

    private WeeklyHours(ulong[] bits) => _bits = bits;

    public static WeeklyHours None => default;

    public bool IsEmpty => _bits is null || Array.TrueForAll(_bits, w => w == 0);

    /// <summary>ORUK/iCalendar day codes, Monday first, matching <see cref="DayIndex"/>.</summary>
    public static readonly IReadOnlyList<string> DayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>0 = Monday … 6 = Sunday, from "TU", "Tue", "tuesday" or "2"; -1 when not a day.</summary>
    public static int DayIndex(string text)
    {
        var t = text.Trim();
        if (t.Length == 1 && t[0] is >= '1' and <= '7')
        {
            return t[0] - '1';
        }

        if (t.Length < 2)
        {
            return -1;
        }

        for (var i = 0; i < DayCodes.Count; i++)
        {
            if (t.StartsWith(DayCodes[i], StringComparison.OrdinalIgnoreCase) && (t.Length == 2 || FullNames[i].StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            {
                return i;
            }
        }

        return -1;
    }

    private static readonly string[] FullNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>Open on these days from <paramref name="opens"/> until <paramref name="closes"/> (closing at or before opening means until midnight).</summary>
    public static WeeklyHours Open(IEnumerable<int> days, TimeOnly opens, TimeOnly closes)
    {
        var bits = new ulong[Words];
        var first = Slot(opens, roundUp: false);
        var last = closes <= opens ? SlotsPerDay : Slot(closes, roundUp: true);
        foreach (var day in days.Where(d => d is >= 0 and < 7))
        {
            for (var slot = first; slot < last; slot++)
            {
                var bit = (day * SlotsPerDay) + slot;
                bits[bit / 64] |= 1UL << (bit % 64);
            }
        }

        return new WeeklyHours(bits);
    }

    public WeeklyHours Union(WeeklyHours other)
    {
        if (other._bits is null)
        {
            return this;
        }

        if (_bits is null)
        {
            return other;
        }

        var bits = new ulong[Words];
        for (var i = 0; i < Words; i++)
        {
            bits[i] = _bits[i] | other._bits[i];
        }

        return new WeeklyHours(bits);
    }

    public bool Overlaps(WeeklyHours window)
    {
        if (_bits is null || window._bits is null)
        {
            return false;
        }

        for (var i = 0; i < Words; i++)
        {
            if ((_bits[i] & window._bits[i]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    public bool IsOpen(int day, TimeOnly at)
    {
        if (_bits is null)
        {
            return false;
        }

        var bit = (day * SlotsPerDay) + Slot(at, roundUp: false);
        return (_bits[bit / 64] & (1UL << (bit % 64))) != 0;
    }

    public bool Equals(WeeklyHours other) =>
        (IsEmpty && other.IsEmpty) || (_bits is not null && other._bits is not null && _bits.AsSpan().SequenceEqual(other._bits));

    public override bool Equals(object? obj) => obj is WeeklyHours other && Equals(other);

    public override int GetHashCode() => _bits is null ? 0 : HashCode.Combine(_bits[0], _bits[1], _bits[^1]);

    public static bool operator ==(WeeklyHours left, WeeklyHours right) => left.Equals(right);

    public static bool operator !=(WeeklyHours left, WeeklyHours right) => !left.Equals(right);

    private static int Slot(TimeOnly time, bool roundUp)
    {
        var minutes = (time.Hour * 60) + time.Minute;
        var slot = roundUp ? (minutes + 14) / 15 : minutes / 15;
        return Math.Clamp(slot, 0, SlotsPerDay);
    }
}
