using System.Text.Json.Nodes;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;
using Kunpeng.Registry.LiteDb;
using Microsoft.Extensions.Options;

namespace Kunpeng.Workflow.Tests.Writing;

/// <summary>
/// The write path on a record kind of its own: the order of checks (404, 403, 428/412, 409, 400),
/// the stage table, the version, and the audit entry, all or nothing.
/// </summary>
public sealed class WritePathTests : IDisposable
{
    private static readonly Actor Owner = new("owner", "区卫生局", KunpengRoles.BureauOfficer, "health", null);
    private static readonly Actor Stranger = new("stranger", "区教育局", KunpengRoles.BureauOfficer, "education", null);
    private static readonly Actor Onlooker = new("onlooker", "区人才办", KunpengRoles.TalentOffice, null, null);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kunpeng-writes-" + Guid.NewGuid().ToString("N"));
    private readonly LiteDbRegistry _registry;
    private readonly RecordWrites _writes;
    private readonly Observer _observer = new();

    public WritePathTests()
    {
        _registry = new LiteDbRegistry(Path.Combine(_directory, "registry.db"));
        var clock = new ProgrammeClock(TimeProvider.System, Options.Create(new WorkflowOptions()));
        _writes = new RecordWrites(_registry, new AuditTrail(clock), clock, [_observer]);
        _registry.Write(tx =>
        {
            tx.Records(Item.Set).Insert(new Item { Id = "i1", DomainId = "health", Stage = ItemStage.Open, Text = "起草" });
            return true;
        });
    }

    public void Dispose()
    {
        _registry.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    public static TheoryData<string, Actor, string, string?, string, string, int> Mistakes => new()
    {
        // case, actor, id, If-Match, action, text, expected status: each row has every later mistake too.
        { "unknown id", Owner, "nope", null, "item.closed", "", 404 },
        { "invisible id", Stranger, "i1", null, "item.closed", "", 404 },
        { "visible, not permitted", Onlooker, "i1", null, "item.closed", "", 403 },
        { "no If-Match", Owner, "i1", null, "item.closed", "", 428 },
        { "stale If-Match", Owner, "i1", "\"7\"", "item.closed", "", 412 },
        { "weak tag never matches", Owner, "i1", "W/\"1\"", "item.closed", "", 412 },
        { "stage does not allow", Owner, "i1", "\"1\"", "item.reopened", "", 409 },
        { "bad input", Owner, "i1", "*", "item.closed", "", 400 },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void The_first_mistake_in_the_fixed_order_decides_the_status_and_nothing_is_written(
        string name, Actor actor, string id, string? ifMatch, string action, string text, int status)
    {
        var problem = Assert.ThrowsAny<KunpengProblemException>(() => _writes.Change(actor, Item.Kind, id, IfMatch.Parse(ifMatch), Step(action, text)));

        Assert.True(status == problem.StatusCode, $"{name}: {problem.StatusCode} {problem.Message}");
        var stored = _registry.Read(Item.Set).Find("i1")!;
        Assert.Equal((1, ItemStage.Open, "起草"), (stored.Version, stored.Stage, stored.Text));
        Assert.Equal(0, _registry.Read(AuditEntry.Set).Count());
        Assert.Empty(_observer.Seen);
    }

    [Fact]
    public void A_change_moves_the_stage_bumps_the_version_stores_and_audits_the_fields_it_changed()
    {
        var changed = _writes.Change(Owner, Item.Kind, "i1", IfMatch.Version(1), Step("item.closed", "定稿"));

        Assert.Equal((2, ItemStage.Closed, "定稿"), (changed.Version, changed.Stage, changed.Text));
        Assert.Equal(2, _registry.Read(Item.Set).Find("i1")!.Version);
        var entry = Assert.Single(_registry.Read(AuditEntry.Set).List(RecordQuery.All));
        Assert.Equal(("item.closed", "item", "i1", "health", "owner", "case", "c1"), (entry.Action, entry.EntityType, entry.EntityId, entry.DomainId, entry.ActorId, entry.RootType, entry.RootId));
        var before = JsonNode.Parse(entry.Before!)!.AsObject();
        var after = JsonNode.Parse(entry.After!)!.AsObject();
        Assert.Equal(["id", "stage", "text", "version"], after.Select(p => p.Key).Order());
        Assert.Equal(("open", "closed", "起草", "定稿"), (before["stage"]!.GetValue<string>(), after["stage"]!.GetValue<string>(), before["text"]!.GetValue<string>(), after["text"]!.GetValue<string>()));
        Assert.Equal(["items"], _observer.Seen.Single());
    }

    [Fact]
    public void If_match_star_matches_any_current_version_and_a_list_of_tags_matches_any_of_them()
    {
        Assert.Equal(2, _writes.Change(Owner, Item.Kind, "i1", IfMatch.Parse("*"), Step("item.edited", "一")).Version);
        Assert.Equal(3, _writes.Change(Owner, Item.Kind, "i1", IfMatch.Parse("\"1\", \"2\""), Step("item.edited", "二")).Version);
        Assert.False(IfMatch.Parse("\"abc\"").Matches(3));
        Assert.False(IfMatch.Parse(" ").IsGiven);
    }

    [Fact]
    public void A_step_that_throws_after_changing_a_related_record_rolls_both_back()
    {
        Assert.Throws<ConflictException>(() => _writes.Write<int>(Owner, changes =>
        {
            changes.Insert(Item.Kind, new Item { Id = "i2", DomainId = "health", Text = "新" }, "item.created");
            changes.Change(Item.Kind, "i1", IfMatch.Version(1), Step("item.edited", "改"));
            throw new ConflictException("Refused", "after the writes");
        }));

        Assert.Null(_registry.Read(Item.Set).Find("i2"));
        Assert.Equal(1, _registry.Read(Item.Set).Find("i1")!.Version);
        Assert.Equal(0, _registry.Read(AuditEntry.Set).Count());
    }

    [Fact]
    public void The_stage_table_is_served_as_data()
    {
        var view = Item.Stages.Describe();

        Assert.Equal("item", view.Kind);
        Assert.Equal(["open", "closed"], view.Stages);
        var close = view.Moves.Single(m => m.Action == "item.closed");
        Assert.Equal(["open"], close.From);
        Assert.Equal(("closed", "close it"), (close.To, close.Step));
        Assert.Null(view.Moves.Single(m => m.Action == "item.edited").To);
    }

    private static RecordStep<Item> Step(string action, string text) => new()
    {
        Action = action,
        Authorize = (actor, item) =>
        {
            if (!actor.IsBureauOfficerOf(item.DomainId))
            {
                throw new ForbiddenException("Only the item's bureau changes it.");
            }
        },
        Validate = (_, _, errors) => errors.Text("text", text, maxLength: 10),
        Apply = (_, item) => item.Text = text.Trim(),
    };

    private sealed class Observer : IRecordWriteObserver
    {
        public List<string[]> Seen { get; } = [];

        public void Committed(IReadOnlyCollection<string> recordSets) => Seen.Add([.. recordSets]);
    }

    public enum ItemStage
    {
        Open,
        Closed,
    }

    public sealed class Item : IVersionedRecord
    {
        public static readonly RecordSet<Item> Set = new("items");

        public static readonly StageTable<Item, ItemStage> Stages = new(
            "item", i => i.Stage, (i, s) => i.Stage = s, i => i.Id,
            [
                StageMove.Between("item.closed", "close it", ItemStage.Closed, ItemStage.Open),
                StageMove.Between("item.reopened", "reopen it", ItemStage.Open, ItemStage.Closed),
                StageMove.Within("item.edited", "edit it", ItemStage.Open),
            ]);

        // The Talent Office may see every item but (here) change none; a bureau sees only its domain's.
        public static readonly RecordKind<Item> Kind = new()
        {
            Set = Set,
            EntityType = "item",
            Title = "Item",
            DomainOf = i => i.DomainId,
            CanSee = (actor, i) => actor.IsTalentOffice || actor.DomainId == i.DomainId,
            RootOf = _ => new AuditRoot("case", "c1"),
            Stages = Stages,
        };

        public string Id { get; set; } = "";
        public int Version { get; set; } = 1;
        public string DomainId { get; set; } = "";
        public ItemStage Stage { get; set; }
        public string Text { get; set; } = "";
    }
}
