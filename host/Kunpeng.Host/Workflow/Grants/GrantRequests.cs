namespace Kunpeng.Host.Workflow.Grants;

/// <summary>The release of an accepted cycle's grants: everyone selected is paid in full unless adjusted here.</summary>
/// <param name="Adjustments">Persons whose grant is withheld or reduced, each with a reason.</param>
public sealed record GrantRelease(IReadOnlyList<GrantAdjustment>? Adjustments);

/// <summary>A withheld or reduced grant.</summary>
/// <param name="NominationId">The selected nomination.</param>
/// <param name="Status">withheld or reduced.</param>
/// <param name="Amount">For reduced: more than 0 and less than the tier's amount.</param>
/// <param name="Reason">Required.</param>
public sealed record GrantAdjustment(string? NominationId, string? Status, decimal? Amount, string? Reason);

/// <summary>A grant ledger line.</summary>
/// <param name="Id">Id.</param>
/// <param name="CycleId">Cycle.</param>
/// <param name="DomainId">Domain.</param>
/// <param name="Year">Cycle year.</param>
/// <param name="PersonId">Person.</param>
/// <param name="PersonName">Name.</param>
/// <param name="NominationId">Selected nomination.</param>
/// <param name="Tier">Tier.</param>
/// <param name="StandardAmount">The tier's grant.</param>
/// <param name="Amount">Granted.</param>
/// <param name="Status">paid, withheld or reduced.</param>
/// <param name="Reason">Why withheld or reduced.</param>
/// <param name="AtUtc">When released.</param>
/// <param name="ByActor">Account that released it.</param>
public sealed record GrantView(
    string Id, string CycleId, string DomainId, int Year, string PersonId, string PersonName, string NominationId, string Tier,
    decimal StandardAmount, decimal Amount, GrantStatus Status, string? Reason, DateTime AtUtc, string ByActor)
{
    public static GrantView Of(GrantRecord g) => new(
        g.Id, g.CycleId, g.DomainId, g.Year, g.PersonId, g.PersonName, g.NominationId, g.Tier, g.StandardAmount, g.Amount, g.Status,
        g.Reason, ProgrammeCalendar.Utc(g.AtUtc), g.ByActor);
}

/// <summary>Ledger totals of one domain and year.</summary>
/// <param name="DomainId">Domain.</param>
/// <param name="Year">Year.</param>
/// <param name="Persons">Ledger lines.</param>
/// <param name="Paid">Paid in full.</param>
/// <param name="Reduced">Reduced.</param>
/// <param name="Withheld">Withheld.</param>
/// <param name="StandardAmount">Sum of the tiers' amounts.</param>
/// <param name="Amount">Sum granted.</param>
public sealed record GrantTotals(string DomainId, int Year, int Persons, int Paid, int Reduced, int Withheld, decimal StandardAmount, decimal Amount);

/// <summary>The ledger totals asked for, per domain and year, with their sum.</summary>
/// <param name="Rows">One per domain and year, by year then domain.</param>
/// <param name="Persons">All lines.</param>
/// <param name="Amount">All granted.</param>
public sealed record GrantTotalsReport(IReadOnlyList<GrantTotals> Rows, int Persons, decimal Amount);
