using Kunpeng.Host.Workflow;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Workflow.Cycles;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Demo;

/// <summary>
/// The demo's year and its nomination deadlines. What the demo records carries 2015 dates (plan
/// items, activities, tasks, the symposium); what the services stamp with "now" (submissions,
/// sign-offs, the audit trail) carries the day it was seeded, and the host refuses nominations
/// after a cycle's deadline. So, once the rules' 2015 deadline has passed, the cycles the demo
/// nominates in are created the way the Talent Office may create any cycle: with their own
/// deadline (<see cref="NominationWindowDays"/> from today) and the rules' deadline kept as the
/// reference date, so the plugins still judge ages and "the last five years" as of 2015.
/// </summary>
public sealed class DemoCalendar(DomainPluginCatalog catalog, ProgrammeClock clock, IOptions<WorkflowOptions> options)
{
    public const int Year = 2015;

    /// <summary>How long the demo's cycles accept nominations from the day it is seeded (culture stays open that long).</summary>
    public const int NominationWindowDays = 30;

    /// <summary>The cycle id of a domain in the demo year, e.g. <c>education-2015</c>.</summary>
    public static string CycleId(string domainId) => $"{domainId}-{Year}";

    /// <summary>The request creating a demo domain's cycle: the rules' deadline while it is ahead, else a window from today.</summary>
    public NewCycle CycleFor(string domainId)
    {
        var rules = RulesDeadline(domainId);
        return clock.Today <= rules
            ? new NewCycle(domainId, Year)
            : new NewCycle(domainId, Year, clock.Today.AddDays(NominationWindowDays), rules);
    }

    /// <summary>The deadline the rules give the domain in the demo year (the plugin's, else the configured default).</summary>
    public DateOnly RulesDeadline(string domainId)
    {
        if (!catalog.TryAcquire(domainId, out var lease))
        {
            throw new InvalidOperationException($"No active plugin serves '{domainId}'.");
        }

        using (lease)
        {
            var date = lease.Plugin.Organizer.Profile.Intake.Deadline ?? options.Value.DefaultDeadline();
            return new DateOnly(Year, date.Month, date.Day);
        }
    }
}
