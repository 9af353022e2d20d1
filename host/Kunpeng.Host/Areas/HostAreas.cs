namespace Kunpeng.Host.Areas;

/// <summary>The host's areas, in start-up order; <c>Program.cs</c> and the test hosts use this one list.</summary>
public static class HostAreas
{
    public static IReadOnlyList<KunpengArea> All() =>
    [
        new AccountsArea(), new CyclesArea(), new PersonsArea(), new NominationsArea(), new DocumentsArea(), new ReviewsArea(), new DeterminationsArea(),
        new MeasuresArea(), new PlansArea(), new ImplementationArea(), new TasksArea(), new EngagementArea(),
    ];
}
