using Kunpeng.Host.Workflow.Audit;
using System.Text.Json;
using System.Text.RegularExpressions;
using JsonSerializer = System.Text.Json.JsonSerializer;
using Kunpeng.Abstractions;
using Kunpeng.Host.Hosting;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Implementation;
using Kunpeng.Host.Workflow.Plans;
using LiteDB;

namespace Kunpeng.Host.Measures;

/// <summary>
/// A bureau's measures catalogue: the plugin's defaults with the bureau's overlay laid over them.
/// A bureau officer changes their own domain's catalogue, the Talent Office any domain's; every change
/// is one registry transaction with its audit entry, which is also the entry's history. Plugin
/// defaults are never written to the registry, so a new plugin version's defaults show at once
/// wherever the bureau has not edited, and never replace what it has.
/// </summary>
public sealed partial class MeasureCatalogService(RegistryDatabase registry, AuditTrail audit, IMeasureDefaultsSource defaults, TimeProvider clock)
{
    public const string Collection = "measure_overlays";
    public const string EntityType = "measure";

    private const int MaxForms = 30;
    private const int MaxTargets = 30;

    private static readonly JsonSerializerOptions HistoryJson = CreateHistoryJson();

    public static void EnsureIndexes(LiteDatabase db) =>
        db.GetCollection<MeasureOverlay>(Collection).EnsureIndex(o => o.DomainId);

    // ---- reading ---------------------------------------------------------------------------

    /// <summary>The domain's effective catalogue (retired entries included, flagged), or null when no active plugin serves the domain.</summary>
    public EffectiveCatalogue? Find(string domainId) => Find(registry.Database, domainId);

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
        var entries = registry.Database.GetCollection<AuditEntry>(AuditEntry.Set.Name)
            .Find(a => a.EntityId == entityId)
            .Where(a => a.EntityType == EntityType)
            .OrderBy(a => a.Id)
            .ToList();
        if (entries.Count == 0 && Find(domainId)?.Find(measureId) is null)
        {
            throw new NotFoundException("Measure", entityId);
        }

        return entries.Select(a =>
        {
            var after = a.After is null ? null : JsonSerializer.Deserialize<MeasureOverlay>(a.After, HistoryJson);
            return new MeasureHistoryEntry(a.Id, a.AtUtc, a.Action, a.ActorId, a.ActorName, a.Role,
                after?.Version, after?.Retired, after?.Kind, after?.Content, after?.Content is null ? null : after.BasedOnPluginVersion);
        }).ToList();
    }

    // ---- changing --------------------------------------------------------------------------

    /// <summary>Adds a bureau measure. An id a default or another entry already has is refused (409).</summary>
    public EffectiveMeasure Add(Actor actor, string domainId, MeasureInput input)
    {
        RequireManager(actor, domainId);
        var now = Now;
        return registry.Write(db =>
        {
            var current = Load(db, domainId);
            var errors = new FieldErrors();
            var id = input.Id is null ? null : ValidId(errors, "id", input.Id);
            var content = Validate(errors, input, existing: null, defaultClause: null);
            errors.ThrowIfAny();

            var overlays = db.GetCollection<MeasureOverlay>(Collection);
            if (id is null)
            {
                id = GenerateId(db, current.Defaults, domainId);
            }
            else if (current.Defaults.Find(id) is not null || overlays.FindById(MeasureOverlay.IdFor(domainId, id)) is not null)
            {
                var conflict = new ConflictException("Measure id taken",
                    $"The catalogue of '{domainId}' already has a measure '{id}'. Choose another id, or edit that measure.");
                conflict.Extensions["measureId"] = id;
                throw conflict;
            }

            var overlay = new MeasureOverlay
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
            };
            overlays.Insert(overlay);
            audit.Record(db, actor, "measure.added", EntityType, overlay.Id, domainId, null, overlay);
            return Entry(current.Defaults, overlay);
        });
    }

    /// <summary>
    /// Replaces what an entry says (title, text, category, forms, targets). The first edit of a
    /// default records the default it was based on: its content, hash and plugin version.
    /// </summary>
    public EffectiveMeasure Edit(Actor actor, string domainId, string measureId, int ifMatch, MeasureInput input)
    {
        RequireManager(actor, domainId);
        var now = Now;
        return registry.Write(db =>
        {
            var (defaults, d, overlay, entry) = LoadEntry(db, domainId, measureId, ifMatch);
            var errors = new FieldErrors();
            if (input.Id is not null && input.Id.Trim() != measureId)
            {
                errors.Add("id", $"The id of a measure cannot be changed (this is '{measureId}'); leave it out, or add a new measure.");
            }

            var fixedClause = entry.Origin == MeasureOrigin.BureauAdded ? null : (d?.Content ?? overlay?.BasedOn ?? entry.Content).Clause;
            var content = Validate(errors, input, entry.Content, fixedClause);
            errors.ThrowIfAny();

            var before = Snapshot(overlay);
            overlay ??= NewOverlayOverDefault(domainId, measureId, actor, now);
            if (overlay.Kind == MeasureOverlayKind.OverDefault && overlay.Content is null)
            {
                // Starts an edit of the default as the plugin ships it now.
                Base(overlay, defaults, d!);
            }

            overlay.Content = content!;
            return Save(db, actor, "measure.edited", overlay, before, defaults, now);
        });
    }

    /// <summary>Retires an entry: it stays (filed plans refer to it) but no plan can newly draw on it.</summary>
    public EffectiveMeasure Retire(Actor actor, string domainId, string measureId, int ifMatch) =>
        SetRetired(actor, domainId, measureId, ifMatch, retired: true);

    /// <summary>Puts a retired entry back into service.</summary>
    public EffectiveMeasure Reinstate(Actor actor, string domainId, string measureId, int ifMatch) =>
        SetRetired(actor, domainId, measureId, ifMatch, retired: false);

    /// <summary>
    /// Deletes an entry with no plugin default behind it (bureau-added, or the edit of a default the
    /// plugin no longer ships). A plugin default is never deleted, only retired (409); nor is an entry
    /// a plan or an activity uses (409 naming them): retire it instead.
    /// </summary>
    public void Delete(Actor actor, string domainId, string measureId, int ifMatch)
    {
        RequireManager(actor, domainId);
        registry.Write(db =>
        {
            var (_, d, overlay, entry) = LoadEntry(db, domainId, measureId, ifMatch);
            if (d is not null)
            {
                var refusal = new ConflictException("Plugin default",
                    $"'{measureId}' is a default of the '{domainId}' plugin: a default can be retired, never deleted." +
                    (entry.Origin == MeasureOrigin.BureauAdded ? " (Your measure of that id stays yours: retire it, or accept the default.)" : ""));
                refusal.Extensions["measureId"] = measureId;
                throw refusal;
            }

            Remove(db, actor, "measure.deleted", overlay!);
        });
    }

    /// <summary>
    /// Drops the bureau's edit so the entry follows the plugin's current default again (also a plain
    /// "revert to default"). For the edit of a default the plugin no longer ships, this removes the
    /// entry, as a deletion would (409 while plans or activities use it).
    /// </summary>
    /// <returns>The entry, or null when it is gone.</returns>
    public EffectiveMeasure? AcceptDefault(Actor actor, string domainId, string measureId, int ifMatch)
    {
        RequireManager(actor, domainId);
        var now = Now;
        return registry.Write(db =>
        {
            var (defaults, d, overlay, entry) = LoadEntry(db, domainId, measureId, ifMatch);
            if (entry.Origin == MeasureOrigin.Default || (entry.Origin == MeasureOrigin.BureauAdded && d is null))
            {
                throw Nothing(measureId, entry.Origin == MeasureOrigin.Default
                    ? "it already follows the plugin's default"
                    : "it was added by the bureau and no plugin default has its id");
            }

            if (d is null)
            {
                Remove(db, actor, "measure.default-accepted", overlay!);
                return null;
            }

            var before = Snapshot(overlay);
            overlay!.Kind = MeasureOverlayKind.OverDefault;
            overlay.Content = null;
            overlay.BasedOn = null;
            overlay.BasedOnHash = null;
            overlay.BasedOnPluginVersion = null;
            return Save(db, actor, "measure.default-accepted", overlay, before, defaults, now);
        });
    }

    /// <summary>
    /// Keeps the bureau's edit after its default changed: the edit is now based on the current default
    /// (the flag clears). For a default the plugin no longer ships, the edit becomes a bureau-added measure.
    /// </summary>
    public EffectiveMeasure KeepEdit(Actor actor, string domainId, string measureId, int ifMatch)
    {
        RequireManager(actor, domainId);
        var now = Now;
        return registry.Write(db =>
        {
            var (defaults, d, overlay, entry) = LoadEntry(db, domainId, measureId, ifMatch);
            if (!entry.DefaultChanged)
            {
                throw Nothing(measureId, "its default has not changed since the edit");
            }

            var before = Snapshot(overlay);
            if (d is null)
            {
                overlay!.Kind = MeasureOverlayKind.BureauAdded;
                overlay.BasedOn = null;
                overlay.BasedOnHash = null;
                overlay.BasedOnPluginVersion = null;
            }
            else
            {
                overlay!.Kind = MeasureOverlayKind.OverDefault;
                Base(overlay, defaults, d);
            }

            return Save(db, actor, "measure.default-change-kept", overlay, before, defaults, now);
        });
    }

    // ---- helpers ---------------------------------------------------------------------------

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private EffectiveMeasure SetRetired(Actor actor, string domainId, string measureId, int ifMatch, bool retired)
    {
        RequireManager(actor, domainId);
        var now = Now;
        return registry.Write(db =>
        {
            var (defaults, _, overlay, entry) = LoadEntry(db, domainId, measureId, ifMatch);
            if (entry.Retired == retired)
            {
                var refusal = new ConflictException(retired ? "Already retired" : "Not retired",
                    $"Measure '{measureId}' of '{domainId}' is {(retired ? "already retired" : "not retired")}.");
                refusal.Extensions["measureId"] = measureId;
                throw refusal;
            }

            var before = Snapshot(overlay);
            overlay ??= NewOverlayOverDefault(domainId, measureId, actor, now);
            overlay.Retired = retired;
            return Save(db, actor, retired ? "measure.retired" : "measure.reinstated", overlay, before, defaults, now);
        });
    }

    private EffectiveMeasure Save(LiteDatabase db, Actor actor, string action, MeasureOverlay overlay, MeasureOverlay? before, MeasureDefaults defaults, DateTime now)
    {
        overlay.UpdatedUtc = now;
        overlay.UpdatedBy = actor.AccountId;
        overlay.Version++;
        db.GetCollection<MeasureOverlay>(Collection).Upsert(overlay);
        audit.Record(db, actor, action, EntityType, overlay.Id, overlay.DomainId, before, overlay);
        return Entry(defaults, overlay);
    }

    private void Remove(LiteDatabase db, Actor actor, string action, MeasureOverlay overlay)
    {
        RequireUnused(db, overlay.DomainId, overlay.MeasureId);
        db.GetCollection<MeasureOverlay>(Collection).Delete(overlay.Id);
        audit.Record(db, actor, action, EntityType, overlay.Id, overlay.DomainId, overlay, null);
    }

    /// <summary>
    /// Refuses (409) removing a measure that a plan revision or an activity refers to: a filed or
    /// superseded plan through its trainings or the targets it copied, an open one through its
    /// trainings, an activity through its measure. The problem names the plans.
    /// </summary>
    private static void RequireUnused(LiteDatabase db, string domainId, string measureId)
    {
        var plans = db.GetCollection<AnnualPlan>(PlanService.Collection).Find(p => p.DomainId == domainId)
            .Where(p => p.Items.Any(i => i.MeasureId == measureId)
                || (p.Status is PlanStatus.Filed or PlanStatus.Superseded && p.Targets.Any(t => t.MeasureId == measureId)))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var activities = db.GetCollection<ActivityRecord>(ImplementationService.Activities)
            .Count(a => a.DomainId == domainId && a.MeasureId == measureId);
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

    private static MeasureOverlay? Snapshot(MeasureOverlay? overlay) => overlay is null ? null : CycleSteps.Copy(overlay);

    private static EffectiveMeasure Entry(MeasureDefaults defaults, MeasureOverlay overlay) =>
        EffectiveCatalogue.Entry(defaults, defaults.Find(overlay.MeasureId), overlay)!;

    private EffectiveCatalogue? Find(LiteDatabase db, string domainId) =>
        defaults.Find(domainId) is { } shipped
            ? EffectiveCatalogue.Compose(shipped, db.GetCollection<MeasureOverlay>(Collection).Find(o => o.DomainId == domainId))
            : null;

    private (MeasureDefaults Defaults, EffectiveCatalogue Catalogue) Load(LiteDatabase db, string domainId)
    {
        var shipped = defaults.Find(domainId) ?? throw new UnknownDomainException(domainId);
        return (shipped, EffectiveCatalogue.Compose(shipped, db.GetCollection<MeasureOverlay>(Collection).Find(o => o.DomainId == domainId)));
    }

    private (MeasureDefaults Defaults, MeasureDefault? Default, MeasureOverlay? Overlay, EffectiveMeasure Entry) LoadEntry(
        LiteDatabase db, string domainId, string measureId, int ifMatch)
    {
        var shipped = defaults.Find(domainId) ?? throw new UnknownDomainException(domainId);
        var id = MeasureOverlay.IdFor(domainId, measureId);
        var d = shipped.Find(measureId);
        var overlay = db.GetCollection<MeasureOverlay>(Collection).FindById(id);
        var entry = EffectiveCatalogue.Entry(shipped, d, overlay) ?? throw new NotFoundException("Measure", id);
        WorkflowGuards.RequireVersion("Measure", id, entry.Version, ifMatch);
        return (shipped, d, overlay, entry);
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

    private static string GenerateId(LiteDatabase db, MeasureDefaults shipped, string domainId)
    {
        var overlays = db.GetCollection<MeasureOverlay>(Collection);
        var trail = db.GetCollection<AuditEntry>(AuditEntry.Set.Name);
        for (var n = 1; ; n++)
        {
            var candidate = $"bureau-{n}";
            var entityId = MeasureOverlay.IdFor(domainId, candidate);
            // Never reuse an id with a history, so a new measure's history starts empty.
            if (shipped.Find(candidate) is null && overlays.FindById(entityId) is null && !trail.Exists(a => a.EntityId == entityId))
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

/// <summary>A plan revision that uses a measure, as a 409 names it.</summary>
/// <param name="Id">Plan revision, e.g. health-2015-r1.</param>
/// <param name="Status">draft, submitted, approved, filed or superseded.</param>
public sealed record PlanUsingMeasure(string Id, string Status);
