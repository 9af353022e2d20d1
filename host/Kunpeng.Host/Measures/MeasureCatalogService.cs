using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JsonSerializer = System.Text.Json.JsonSerializer;
using Kunpeng.Abstractions;
using Kunpeng.Host.Hosting;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Workflow.Implementation;
using Kunpeng.Host.Workflow.Plans;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Measures;

/// <summary>
/// A bureau's measures catalogue: the plugin's defaults with the bureau's overlay laid over them.
/// A bureau officer changes their own domain's catalogue, the Talent Office any domain's; every change
/// goes through the write path with its audit entry, and the audit trail is also the entry's history. Plugin
/// defaults are never written to the registry, so a new plugin version's defaults show at once
/// wherever the bureau has not edited, and never replace what it has.
/// </summary>
public sealed partial class MeasureCatalogService(IRegistry registry, RecordWrites writes, IMeasureDefaultsSource defaults)
{
    public const string EntityType = "measure";

    private const int MaxForms = 30;
    private const int MaxTargets = 30;

    private static readonly JsonSerializerOptions HistoryJson = CreateHistoryJson();

    /// <summary>The index a domain's catalogue is read by.</summary>
    public static IEnumerable<IndexDefinition> Indexes => [IndexDefinition.On(MeasureOverlay.Set, o => o.DomainId)];

    // ---- reading ---------------------------------------------------------------------------

    /// <summary>The domain's effective catalogue (retired entries included, flagged), or null when no active plugin serves the domain.</summary>
    public EffectiveCatalogue? Find(string domainId) => Find(registry.Read(MeasureOverlay.Set), domainId);

    /// <summary>The domain's effective catalogue; 404 when no active plugin serves the domain.</summary>
    public EffectiveCatalogue Catalogue(string domainId) => Find(domainId) ?? throw new UnknownDomainException(domainId);

    /// <summary>One entry, retired or not; 404 when the domain or the entry is unknown.</summary>
    public EffectiveMeasure Get(string domainId, string measureId) =>
        Catalogue(domainId).Find(measureId) ?? throw new NotFoundException("Measure", MeasureOverlay.IdFor(domainId, measureId));

    /// <summary>
    /// The entry's changes, oldest first, from the audit trail (kept after the entry is deleted).
    /// Domain managers only: it names the people who made them.
    /// </summary>
    public IReadOnlyList<MeasureHistoryEntry> History(Actor actor, string domainId, string measureId)
    {
        RequireManager(actor, domainId);
        var entityId = MeasureOverlay.IdFor(domainId, measureId);
        var entries = registry.Read(AuditEntry.Set).List(new RecordQuery(Filter.Eq<AuditEntry>(a => a.EntityId, entityId)))
            .Where(a => a.EntityType == EntityType)
            .OrderBy(a => a.Id)
            .ToList();
        if (entries.Count == 0 && Find(domainId)?.Find(measureId) is null)
        {
            throw new NotFoundException("Measure", entityId);
        }

        // A change's entry holds the fields it changed (a creation all of them): laid over each other in
        // order they give the entry as it stood after each change. A deletion starts it afresh.
        var state = new JsonObject();
        var history = new List<MeasureHistoryEntry>();
        foreach (var a in entries)
        {
            MeasureOverlay? after = null;
            if (a.After is null)
            {
                state = [];
            }
            else
            {
                foreach (var (name, value) in JsonNode.Parse(a.After)!.AsObject())
                {
                    state[name] = value?.DeepClone();
                }

                after = state.Deserialize<MeasureOverlay>(HistoryJson);
            }

            history.Add(new MeasureHistoryEntry(a.Id, a.AtUtc, a.Action, a.ActorId, a.ActorName, a.Role,
                after?.Version, after?.Retired, after?.Kind, after?.Content, after?.Content is null ? null : after.BasedOnPluginVersion));
        }

        return history;
    }

    // ---- changing --------------------------------------------------------------------------

    /// <summary>Adds a bureau measure. An id a default or another entry already has is refused (409).</summary>
    public EffectiveMeasure Add(Actor actor, string domainId, MeasureInput input)
    {
        RequireManager(actor, domainId);
        return writes.Write(actor, changes =>
        {
            var shipped = Shipped(domainId);
            var errors = new FieldErrors();
            var id = input.Id is null ? null : ValidId(errors, "id", input.Id);
            var content = Validate(errors, input, existing: null, defaultClause: null);
            errors.ThrowIfAny();

            var overlays = changes.Records(MeasureOverlay.Set);
            if (id is null)
            {
                id = GenerateId(changes, shipped, domainId);
            }
            else if (shipped.Find(id) is not null || overlays.Find(MeasureOverlay.IdFor(domainId, id)) is not null)
            {
                var conflict = new ConflictException("Measure id taken",
                    $"The catalogue of '{domainId}' already has a measure '{id}'. Choose another id, or edit that measure.");
                conflict.Extensions["measureId"] = id;
                throw conflict;
            }

            var now = changes.Clock.UtcNow;
            var overlay = changes.Insert(MeasureOverlay.Entity, new MeasureOverlay
            {
                Id = MeasureOverlay.IdFor(domainId, id),
                DomainId = domainId,
                MeasureId = id,
                Kind = MeasureOverlayKind.BureauAdded,
                Content = content!,
                CreatedUtc = now,
                CreatedBy = actor.AccountId,
                UpdatedUtc = now,
                UpdatedBy = actor.AccountId,
                Version = 1,
            }, "measure.added");
            return Entry(shipped, overlay);
        });
    }

    /// <summary>
    /// Replaces what an entry says (title, text, category, forms, targets). The first edit of a
    /// default records the default it was based on: its content, hash and plugin version.
    /// </summary>
    public EffectiveMeasure Edit(Actor actor, string domainId, string measureId, IfMatch ifMatch, MeasureInput input)
    {
        MeasureContent? content = null;
        return Change(actor, domainId, measureId, ifMatch, "measure.edited",
            require: null,
            validate: (e, errors) =>
            {
                if (input.Id is not null && input.Id.Trim() != measureId)
                {
                    errors.Add("id", $"The id of a measure cannot be changed (this is '{measureId}'); leave it out, or add a new measure.");
                }

                var fixedClause = e.Entry.Origin == MeasureOrigin.BureauAdded ? null : (e.Default?.Content ?? e.Overlay?.BasedOn ?? e.Entry.Content).Clause;
                content = Validate(errors, input, e.Entry.Content, fixedClause);
            },
            apply: (e, overlay) =>
            {
                if (overlay.Kind == MeasureOverlayKind.OverDefault && overlay.Content is null)
                {
                    // Starts an edit of the default as the plugin ships it now.
                    Base(overlay, e.Defaults, e.Default!);
                }

                overlay.Content = content!;
            });
    }

    /// <summary>Retires an entry: it stays (filed plans refer to it) but no plan can newly draw on it.</summary>
    public EffectiveMeasure Retire(Actor actor, string domainId, string measureId, IfMatch ifMatch) =>
        SetRetired(actor, domainId, measureId, ifMatch, retired: true);

    /// <summary>Puts a retired entry back into service.</summary>
    public EffectiveMeasure Reinstate(Actor actor, string domainId, string measureId, IfMatch ifMatch) =>
        SetRetired(actor, domainId, measureId, ifMatch, retired: false);

    /// <summary>
    /// Deletes an entry with no plugin default behind it (bureau-added, or the edit of a default the
    /// plugin no longer ships). A plugin default is never deleted, only retired (409); nor is an entry
    /// a plan or an activity uses (409 naming them): retire it instead.
    /// </summary>
    public void Delete(Actor actor, string domainId, string measureId, IfMatch ifMatch)
    {
        RequireManager(actor, domainId);
        writes.Write(actor, changes =>
        {
            var e = LoadEntry(changes, domainId, measureId);
            var step = new RecordStep<MeasureOverlay>
            {
                Action = "measure.deleted",
                Require = (c, o) =>
                {
                    if (e.Default is not null)
                    {
                        var refusal = new ConflictException("Plugin default",
                            $"'{measureId}' is a default of the '{domainId}' plugin: a default can be retired, never deleted." +
                            (e.Entry.Origin == MeasureOrigin.BureauAdded ? " (Your measure of that id stays yours: retire it, or accept the default.)" : ""));
                        refusal.Extensions["measureId"] = measureId;
                        throw refusal;
                    }

                    RequireUnused(c, o.DomainId, o.MeasureId);
                },
                Apply = (_, _) => { },
            };
            if (e.Overlay is null)
            {
                // An untouched default: nothing is stored to delete, and the checks refuse it all the same.
                var untouched = NewOverlayOverDefault(domainId, measureId, actor, changes.Clock.UtcNow);
                ChangeSet.RequireCurrent(MeasureOverlay.Entity, untouched, ifMatch);
                step.Require(changes, untouched);
            }

            changes.Delete(MeasureOverlay.Entity, e.Id, ifMatch, step);
            return true;
        });
    }

    /// <summary>
    /// Drops the bureau's edit so the entry follows the plugin's current default again (also a plain
    /// "revert to default"). For the edit of a default the plugin no longer ships, this removes the
    /// entry, as a deletion would (409 while plans or activities use it).
    /// </summary>
    /// <returns>The entry, or null when it is gone.</returns>
    public EffectiveMeasure? AcceptDefault(Actor actor, string domainId, string measureId, IfMatch ifMatch)
    {
        RequireManager(actor, domainId);
        return writes.Write(actor, changes =>
        {
            var e = LoadEntry(changes, domainId, measureId);
            void RequireSomething()
            {
                if (e.Entry.Origin == MeasureOrigin.Default || (e.Entry.Origin == MeasureOrigin.BureauAdded && e.Default is null))
                {
                    throw Nothing(measureId, e.Entry.Origin == MeasureOrigin.Default
                        ? "it already follows the plugin's default"
                        : "it was added by the bureau and no plugin default has its id");
                }
            }

            if (e.Default is null)
            {
                changes.Delete(MeasureOverlay.Entity, e.Id, ifMatch, new RecordStep<MeasureOverlay>
                {
                    Action = "measure.default-accepted",
                    Require = (c, o) =>
                    {
                        RequireSomething();
                        RequireUnused(c, o.DomainId, o.MeasureId);
                    },
                    Apply = (_, _) => { },
                });
                return null;
            }

            return Change(changes, e, ifMatch, "measure.default-accepted", _ => RequireSomething(), null, (_, overlay) =>
            {
                overlay.Kind = MeasureOverlayKind.OverDefault;
                overlay.Content = null;
                overlay.BasedOn = null;
                overlay.BasedOnHash = null;
                overlay.BasedOnPluginVersion = null;
            });
        });
    }

    /// <summary>
    /// Keeps the bureau's edit after its default changed: the edit is now based on the current default
    /// (the flag clears). For a default the plugin no longer ships, the edit becomes a bureau-added measure.
    /// </summary>
    public EffectiveMeasure KeepEdit(Actor actor, string domainId, string measureId, IfMatch ifMatch) =>
        Change(actor, domainId, measureId, ifMatch, "measure.default-change-kept",
            require: e =>
            {
                if (!e.Entry.DefaultChanged)
                {
                    throw Nothing(measureId, "its default has not changed since the edit");
                }
            },
            validate: null,
            apply: (e, overlay) =>
            {
                if (e.Default is null)
                {
                    overlay.Kind = MeasureOverlayKind.BureauAdded;
                    overlay.BasedOn = null;
                    overlay.BasedOnHash = null;
                    overlay.BasedOnPluginVersion = null;
                }
                else
                {
                    overlay.Kind = MeasureOverlayKind.OverDefault;
                    Base(overlay, e.Defaults, e.Default);
                }
            });

    // ---- helpers ---------------------------------------------------------------------------

    private EffectiveMeasure SetRetired(Actor actor, string domainId, string measureId, IfMatch ifMatch, bool retired) =>
        Change(actor, domainId, measureId, ifMatch, retired ? "measure.retired" : "measure.reinstated",
            require: e =>
            {
                if (e.Entry.Retired == retired)
                {
                    var refusal = new ConflictException(retired ? "Already retired" : "Not retired",
                        $"Measure '{measureId}' of '{domainId}' is {(retired ? "already retired" : "not retired")}.");
                    refusal.Extensions["measureId"] = measureId;
                    throw refusal;
                }
            },
            validate: null,
            apply: (_, overlay) => overlay.Retired = retired);

    /// <summary>One change to an entry, by a manager of its domain (403 first: catalogues are public).</summary>
    private EffectiveMeasure Change(
        Actor actor, string domainId, string measureId, IfMatch ifMatch, string action,
        Action<CatalogueEntry>? require, Action<CatalogueEntry, FieldErrors>? validate, Action<CatalogueEntry, MeasureOverlay> apply)
    {
        RequireManager(actor, domainId);
        return writes.Write(actor, changes => Change(changes, LoadEntry(changes, domainId, measureId), ifMatch, action, require, validate, apply));
    }

    /// <summary>
    /// The change through the write path: an untouched default has no overlay yet and is at version 1;
    /// its first change stores the overlay (version 2).
    /// </summary>
    private static EffectiveMeasure Change(
        ChangeSet changes, CatalogueEntry e, IfMatch ifMatch, string action,
        Action<CatalogueEntry>? require, Action<CatalogueEntry, FieldErrors>? validate, Action<CatalogueEntry, MeasureOverlay> apply)
    {
        var overlay = changes.ChangeOrCreate(MeasureOverlay.Entity, e.Id, ifMatch,
            () => NewOverlayOverDefault(e.Defaults.DomainId, e.MeasureId, changes.Actor, changes.Clock.UtcNow),
            new RecordStep<MeasureOverlay>
            {
                Action = action,
                Require = require is null ? null : (_, _) => require(e),
                Validate = validate is null ? null : (_, _, errors) => validate(e, errors),
                Apply = (c, o) =>
                {
                    apply(e, o);
                    o.UpdatedUtc = c.Clock.UtcNow;
                    o.UpdatedBy = c.Actor.AccountId;
                },
            });
        return Entry(e.Defaults, overlay);
    }

    /// <summary>
    /// Refuses (409) removing a measure that a plan revision or an activity refers to: a filed or
    /// superseded plan through its trainings or the targets it copied, an open one through its
    /// trainings, an activity through its measure. The problem names the plans.
    /// </summary>
    private static void RequireUnused(ChangeSet changes, string domainId, string measureId)
    {
        var plans = changes.Records(AnnualPlan.Set).List(new RecordQuery(Filter.Eq<AnnualPlan>(p => p.DomainId, domainId)))
            .Where(p => p.Items.Any(i => i.MeasureId == measureId)
                || (p.Status is PlanStatus.Filed or PlanStatus.Superseded && p.Targets.Any(t => t.MeasureId == measureId)))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var activities = changes.Records(ActivityRecord.Set)
            .Count(Filter.Eq<ActivityRecord>(a => a.DomainId, domainId) & Filter.Eq<ActivityRecord>(a => a.MeasureId, measureId));
        if (plans.Count == 0 && activities == 0)
        {
            return;
        }

        var named = plans.Select(p => $"{p.Id} ({WireNames.Of(p.Status)})").ToList();
        var why = new List<string>();
        if (named.Count > 0)
        {
            why.Add($"plan{(named.Count == 1 ? "" : "s")} {string.Join(", ", named)}");
        }

        if (activities > 0)
        {
            why.Add($"{activities} recorded activit{(activities == 1 ? "y" : "ies")}");
        }

        var refusal = new ConflictException("Measure in use",
            $"Measure '{measureId}' of '{domainId}' is used by {string.Join(" and ", why)}, so it cannot be deleted: retire it instead " +
            "(plans keep what they filed, and a retired measure cannot be newly planned).");
        refusal.Extensions["measureId"] = measureId;
        refusal.Extensions["plans"] = plans.Select(p => new PlanUsingMeasure(p.Id, WireNames.Of(p.Status))).ToList();
        refusal.Extensions["activities"] = activities;
        throw refusal;
    }

    private static MeasureOverlay NewOverlayOverDefault(string domainId, string measureId, Actor actor, DateTime now) => new()
    {
        Id = MeasureOverlay.IdFor(domainId, measureId),
        DomainId = domainId,
        MeasureId = measureId,
        Kind = MeasureOverlayKind.OverDefault,
        CreatedUtc = now,
        CreatedBy = actor.AccountId,
        // An untouched default is version 1; the overlay's first save makes it 2.
        Version = 1,
    };

    private static void Base(MeasureOverlay overlay, MeasureDefaults defaults, MeasureDefault d)
    {
        overlay.BasedOn = d.Content.Copy();
        overlay.BasedOnHash = d.Hash;
        overlay.BasedOnPluginVersion = defaults.PluginVersion;
    }

    private static EffectiveMeasure Entry(MeasureDefaults defaults, MeasureOverlay overlay) =>
        EffectiveCatalogue.Entry(defaults, defaults.Find(overlay.MeasureId), overlay)!;

    private EffectiveCatalogue? Find(IRecordReader<MeasureOverlay> overlays, string domainId) =>
        defaults.Find(domainId) is { } shipped
            ? EffectiveCatalogue.Compose(shipped, overlays.List(new RecordQuery(Filter.Eq<MeasureOverlay>(o => o.DomainId, domainId))))
            : null;

    private MeasureDefaults Shipped(string domainId) => defaults.Find(domainId) ?? throw new UnknownDomainException(domainId);

    /// <summary>The entry as it stands in the transaction: the plugin's default, the bureau's overlay, and what they make together (404 when neither exists).</summary>
    private CatalogueEntry LoadEntry(ChangeSet changes, string domainId, string measureId)
    {
        var shipped = Shipped(domainId);
        var id = MeasureOverlay.IdFor(domainId, measureId);
        var d = shipped.Find(measureId);
        var overlay = changes.Records(MeasureOverlay.Set).FindForUpdate(id);
        var entry = EffectiveCatalogue.Entry(shipped, d, overlay) ?? throw new NotFoundException("Measure", id);
        return new CatalogueEntry(id, measureId, shipped, d, overlay, entry);
    }

    private static void RequireManager(Actor actor, string domainId)
    {
        if (!actor.CanManageDomain(domainId))
        {
            throw new ForbiddenException(actor.Role == KunpengRoles.BureauOfficer
                ? $"A bureau officer of '{actor.DomainId}' cannot change the measures catalogue of '{domainId}'; each bureau keeps its own."
                : $"The role '{actor.Role}' cannot change a measures catalogue: its bureau's officers and the Talent Office do.");
        }
    }

    private static ConflictException Nothing(string measureId, string why)
    {
        var refusal = new ConflictException("Nothing to resolve", $"Measure '{measureId}' has nothing to resolve: {why}.");
        refusal.Extensions["measureId"] = measureId;
        return refusal;
    }

    private static string GenerateId(ChangeSet changes, MeasureDefaults shipped, string domainId)
    {
        var overlays = changes.Records(MeasureOverlay.Set);
        var trail = changes.Records(AuditEntry.Set);
        for (var n = 1; ; n++)
        {
            var candidate = $"bureau-{n}";
            var entityId = MeasureOverlay.IdFor(domainId, candidate);
            // Never reuse an id with a history, so a new measure's history starts empty.
            if (shipped.Find(candidate) is null && overlays.Find(entityId) is null && !trail.Any(Filter.Eq<AuditEntry>(a => a.EntityId, entityId)))
            {
                return candidate;
            }
        }
    }

    private static string? ValidId(FieldErrors errors, string field, string value)
    {
        var id = errors.Text(field, value, 64);
        if (id is not null && !KebabId().IsMatch(id))
        {
            errors.Add(field, $"'{id}' is not a kebab-case id (lower-case letters and digits in words joined by '-', e.g. night-school).");
            return null;
        }

        return id;
    }

    /// <summary>The content the input describes, or null after recording every problem under its field.</summary>
    /// <param name="errors">Where problems go.</param>
    /// <param name="input">The request.</param>
    /// <param name="existing">What the entry says now (editing), or null (adding).</param>
    /// <param name="defaultClause">The rules' clause when the entry is a plugin default (it cannot change), else null.</param>
    private static MeasureContent? Validate(FieldErrors errors, MeasureInput input, MeasureContent? existing, string? defaultClause)
    {
        var clause = errors.Text("clause", input.Clause, 20, required: false);
        if (defaultClause is not null && clause is not null && clause != defaultClause)
        {
            errors.Add("clause", $"This measure is a plugin default: its clause is the rules' ({defaultClause}) and cannot be changed.");
        }

        var title = errors.Text("titleZh", input.TitleZh, 100);
        var text = errors.Text("textZh", input.TextZh, 4000);
        var category = errors.Enum<MeasureCategory>("category", input.Category, required: false);

        var forms = new List<string>();
        var formInputs = input.FormsZh ?? [];
        if (formInputs.Count > MaxForms)
        {
            errors.Add("formsZh", $"At most {MaxForms} forms.");
        }

        for (var i = 0; i < formInputs.Count && i < MaxForms; i++)
        {
            var form = errors.Text($"formsZh[{i}]", formInputs[i], 200);
            if (form is null)
            {
                continue;
            }

            if (forms.Contains(form))
            {
                errors.Add($"formsZh[{i}]", $"'{form}' is listed twice.");
                continue;
            }

            forms.Add(form);
        }

        var targets = new List<MeasureTargetContent>();
        var targetInputs = input.Targets ?? [];
        if (targetInputs.Count > MaxTargets)
        {
            errors.Add("targets", $"At most {MaxTargets} targets.");
        }

        var given = targetInputs.Select(t => t?.Id?.Trim()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var generated = 0;
        for (var i = 0; i < targetInputs.Count && i < MaxTargets; i++)
        {
            var at = $"targets[{i}]";
            if (targetInputs[i] is not { } t)
            {
                errors.Add(at, "Required.");
                continue;
            }

            string? targetId;
            if (t.Id is null)
            {
                do
                {
                    targetId = $"target-{++generated}";
                }
                while (given.Contains(targetId));
            }
            else
            {
                targetId = ValidId(errors, $"{at}.id", t.Id);
                if (targetId is not null && !seen.Add(targetId))
                {
                    errors.Add($"{at}.id", $"'{targetId}' is used by another target of this measure.");
                }
            }

            var description = errors.Text($"{at}.descriptionZh", t.DescriptionZh, 500);
            if (t.MinimumPerYear is not { } minimum)
            {
                errors.Add($"{at}.minimumPerYear", "Required (activities a year, 1–1000).");
            }
            else if (minimum is < 1 or > 1000)
            {
                errors.Add($"{at}.minimumPerYear", "Between 1 and 1000 activities a year.");
            }

            var scope = errors.Text($"{at}.scopeZh", t.ScopeZh, 100, required: false);
            if (targetId is not null && description is not null && t.MinimumPerYear is { } min)
            {
                targets.Add(new MeasureTargetContent { Id = targetId, DescriptionZh = description, MinimumPerYear = min, ScopeZh = scope });
            }
        }

        if (errors.Any)
        {
            return null;
        }

        return new MeasureContent
        {
            Clause = defaultClause ?? clause ?? existing?.Clause ?? "",
            TitleZh = title!,
            TextZh = text!,
            Category = category ?? existing?.Category ?? MeasureCategory.Other,
            FormsZh = forms,
            Targets = targets,
        };
    }

    private static JsonSerializerOptions CreateHistoryJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        KunpengServiceCollectionExtensions.ConfigureJson(options);
        return options;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex KebabId();
}

/// <summary>A catalogue entry as one change sees it.</summary>
/// <param name="Id">The overlay's id, <c>{domainId}/{measureId}</c>.</param>
/// <param name="MeasureId">The measure.</param>
/// <param name="Defaults">The plugin's defaults for the domain.</param>
/// <param name="Default">The plugin's default of this id, if it ships one.</param>
/// <param name="Overlay">The bureau's overlay, if stored.</param>
/// <param name="Entry">What the two make together.</param>
internal sealed record CatalogueEntry(string Id, string MeasureId, MeasureDefaults Defaults, MeasureDefault? Default, MeasureOverlay? Overlay, EffectiveMeasure Entry);

/// <summary>A plan revision that uses a measure, as a 409 names it.</summary>
/// <param name="Id">Plan revision, e.g. health-2015-r1.</param>
/// <param name="Status">draft, submitted, approved, filed or superseded.</param>
public sealed record PlanUsingMeasure(string Id, string Status);
