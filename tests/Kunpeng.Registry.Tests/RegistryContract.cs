namespace Kunpeng.Registry.Tests;

/// <summary>
/// What every registry provider must do, as the workflow relies on it. A provider's test class
/// derives from this and opens a fresh, empty registry; the same facts then hold for each.
/// </summary>
public abstract class RegistryContract : IDisposable
{
    protected abstract IRegistry Registry { get; }

    protected abstract IRegistrySchema Schema { get; }

    public abstract void Dispose();

    private void Seed(params Sample[] samples) => Registry.Write(tx =>
    {
        foreach (var sample in samples)
        {
            tx.Records(Sample.Set).Insert(sample);
        }

        return samples.Length;
    });

    private static Sample S(string id, string domain = "health", SampleStatus status = SampleStatus.Draft, int year = 2015, string name = "张三", params string[] reviewers) =>
        new() { Id = id, DomainId = domain, Status = status, Year = year, Name = name, Deadline = new DateOnly(year, 9, 30), ReviewerIds = [.. reviewers] };

    [Fact]
    public void A_record_round_trips_with_its_dates_enum_array_and_nested_object()
    {
        var submitted = new DateTime(2015, 9, 1, 8, 30, 15, DateTimeKind.Utc);
        var sample = S("a", status: SampleStatus.Submitted, reviewers: ["r1", "r2"]);
        sample.SubmittedUtc = submitted;
        sample.Panel = new SamplePanel { Result = "passed" };
        Seed(sample);

        var read = Registry.Read(Sample.Set).Find("a")!;
        Assert.Equal((SampleStatus.Submitted, new DateOnly(2015, 9, 30), submitted, DateTimeKind.Utc), (read.Status, read.Deadline, read.SubmittedUtc, read.SubmittedUtc!.Value.Kind));
        Assert.Equal(["r1", "r2"], read.ReviewerIds);
        Assert.Equal("passed", read.Panel!.Result);
        Assert.Null(Registry.Read(Sample.Set).Find("missing"));
    }

    [Fact]
    public void A_prefix_is_literal_whatever_characters_a_store_reserves_for_patterns()
    {
        Seed(S("culture_2015|a"), S("culture-2015|b"), S("culture%2015|c"), S("culture_2016|d"));
        var records = Registry.Read(Sample.Set);
        string[] Ids(Filter f) => records.List(new RecordQuery(f).Sorted("Id")).Select(s => s.Id).ToArray();

        Assert.Equal(["culture_2015|a"], Ids(Filter.StartsWith("Id", "culture_2015|")));
        Assert.Equal(["culture%2015|c"], Ids(Filter.StartsWith("Id", "culture%2015|")));
        Assert.Equal(1, records.Count(Filter.StartsWith("Id", "culture_2015|") & Filter.Eq<Sample>(s => s.DomainId, "health")));
    }

    [Fact]
    public void Filters_select_by_equality_enum_array_element_prefix_range_and_their_conjunction()
    {
        Seed(
            S("health-1", "health", SampleStatus.Submitted, 2015, "张三", "r1"),
            S("health-2", "health", SampleStatus.Draft, 2016, "张三丰"),
            S("edu-1", "education", SampleStatus.Submitted, 2015, "李四", "r1", "r2"),
            S("edu-2", "education", SampleStatus.Selected, 2017, "王五", "r2"));
        var records = Registry.Read(Sample.Set);
        string[] Ids(Filter? f) => records.List(new RecordQuery(f).Sorted("Id")).Select(s => s.Id).ToArray();

        Assert.Equal(["edu-1", "edu-2"], Ids(Filter.Eq<Sample>(s => s.DomainId, "education")));
        Assert.Equal(["edu-1", "health-1"], Ids(Filter.Eq<Sample>(s => s.Status, SampleStatus.Submitted)));
        Assert.Equal(["edu-2", "health-1"], Ids(Filter.In("Status", [SampleStatus.Submitted, SampleStatus.Selected]) & Filter.NotEq("Id", "edu-1")));
        Assert.Equal(["edu-1", "health-1"], Ids(Filter.Has("ReviewerIds", "r1")));
        Assert.Equal(["health-1", "health-2"], Ids(Filter.StartsWith("Id", "health-")));
        Assert.Equal(["health-1", "health-2"], Ids(Filter.Contains("Name", "张三")));
        Assert.Equal(["edu-2", "health-2"], Ids(Filter.AtLeast("Year", 2016)));
        Assert.Equal(["edu-1", "health-1"], Ids(Filter.AtMost("Year", 2015)));
        Assert.Equal(["health-1"], Ids(Filter.All(Filter.Eq("DomainId", "health"), null, Filter.Has("ReviewerIds", "r1"))));
        Assert.Empty(Ids(Filter.In("DomainId", [])));
        Assert.Equal(4, records.Count());
        Assert.Equal(2, records.Count(Filter.Eq("Year", 2015)));
        Assert.True(records.Any(Filter.Eq("Name", "王五")));
        Assert.False(records.Any(Filter.Eq("Name", "赵六")));
    }

    [Fact]
    public void Lists_are_ordered_windowed_and_projected()
    {
        Seed(S("c", year: 2016), S("a", year: 2015), S("b", year: 2016), S("d", year: 2014));
        var records = Registry.Read(Sample.Set);

        Assert.Equal(["b", "c"], records.List(RecordQuery.All.Sorted("Id").Window(1, 2)).Select(s => s.Id));
        Assert.Equal(["b", "c", "a", "d"], records.List(RecordQuery.All.Sorted("Year", descending: true).Sorted("Id")).Select(s => s.Id));
        var rows = records.Rows(RecordQuery.All.Sorted("Id", descending: true).Window(0, 2), ["Id", "Year", "Status", "Deadline"]);
        Assert.Equal([("d", 2014, "Draft"), ("c", 2016, "Draft")], rows.Select(r => (r.Text("Id"), r.Int("Year"), r.Text("Status"))));
        Assert.Equal(new DateTime(2014, 9, 30, 0, 0, 0, DateTimeKind.Utc), rows[0].Date("Deadline"));
    }

    [Fact]
    public void A_transaction_that_throws_leaves_nothing_behind_and_reads_inside_it_see_its_writes()
    {
        Seed(S("kept"));
        Assert.Throws<InvalidOperationException>(() => Registry.Write<int>(tx =>
        {
            var samples = tx.Records(Sample.Set);
            samples.Insert(S("new"));
            var kept = samples.FindForUpdate("kept")!;
            kept.Name = "改过";
            samples.Update(kept);
            Assert.NotNull(samples.Find("new"));
            Assert.Equal("改过", samples.Find("kept")!.Name);
            throw new InvalidOperationException("refused");
        }));

        Assert.Null(Registry.Read(Sample.Set).Find("new"));
        Assert.Equal("张三", Registry.Read(Sample.Set).Find("kept")!.Name);
    }

    [Fact]
    public void Update_upsert_and_delete_say_whether_there_was_a_record()
    {
        Seed(S("a"));
        Registry.Write(tx =>
        {
            var samples = tx.Records(Sample.Set);
            Assert.False(samples.Update(S("ghost")));
            samples.Upsert(S("b"));
            Assert.True(samples.Delete("a"));
            Assert.False(samples.Delete("a"));
            return true;
        });

        Assert.Equal(["b"], Registry.Read(Sample.Set).List(RecordQuery.All).Select(s => s.Id));
    }

    [Fact]
    public void Sequenced_records_are_numbered_in_insertion_order()
    {
        Registry.Write(tx =>
        {
            tx.Records(SampleEvent.Set).Insert(new SampleEvent { What = "一" });
            tx.Records(SampleEvent.Set).Insert(new SampleEvent { What = "二" });
            return true;
        });
        Registry.Write(tx =>
        {
            tx.Records(SampleEvent.Set).Insert(new SampleEvent { What = "三" });
            return true;
        });

        var events = Registry.Read(SampleEvent.Set).List(RecordQuery.All.Sorted("Id"));
        Assert.Equal(["一", "二", "三"], events.Select(e => e.What));
        Assert.True(events[0].Id > 0 && events[0].Id < events[1].Id && events[1].Id < events[2].Id);
    }

    [Fact]
    public void A_unique_index_refuses_a_second_record_with_its_key_and_the_transaction_writes_nothing()
    {
        var index = new IndexDefinition(Sample.Set.Name, "Key", "Key", Unique: true);
        Schema.EnsureIndex(index);
        Schema.EnsureIndex(index);
        Seed(new Sample { Id = "a", Key = "cycle|person" });

        var refused = Assert.Throws<UniqueRecordException>(() => Registry.Write(tx =>
        {
            tx.Records(Sample.Set).Insert(new Sample { Id = "b", Key = "other" });
            tx.Records(Sample.Set).Insert(new Sample { Id = "c", Key = "cycle|person" });
            return true;
        }));

        Assert.Equal("samples", refused.Set);
        Assert.Null(Registry.Read(Sample.Set).Find("b"));
    }

    [Fact]
    public async Task Writers_racing_to_change_one_record_from_the_version_they_read_leave_exactly_one_winner()
    {
        Seed(S("raced"));
        using var start = new Barrier(8);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return Registry.Write(tx =>
            {
                var samples = tx.Records(Sample.Set);
                var current = samples.FindForUpdate("raced")!;
                // Each writer read version 1 when it started (its If-Match); only one still finds it.
                if (current.Version != 1)
                {
                    return false;
                }

                current.Name = "写者" + i;
                current.Version++;
                return samples.Update(current);
            });
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));

        Assert.Single(outcomes, won => won);
        var stored = Registry.Read(Sample.Set).Find("raced")!;
        Assert.Equal(2, stored.Version);
        Assert.StartsWith("写者", stored.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writers_racing_to_insert_one_unique_key_leave_exactly_one_record()
    {
        Schema.EnsureIndex(new IndexDefinition(Sample.Set.Name, "Key", "Key", Unique: true));
        using var start = new Barrier(8);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            try
            {
                return Registry.Write(tx =>
                {
                    tx.Records(Sample.Set).Insert(new Sample { Id = "grant-" + i, Key = "cycle-1|person-1" });
                    return true;
                });
            }
            catch (UniqueRecordException e) when (e.Index == "Key")
            {
                return false;
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));

        Assert.Single(outcomes, won => won);
        Assert.Equal(1, Registry.Read(Sample.Set).Count(Filter.Eq("Key", "cycle-1|person-1")));
    }

    [Fact]
    public void An_index_redefined_under_its_name_is_replaced_and_a_dropped_one_can_be_dropped_again()
    {
        Seed(S("a"), S("b"));
        Schema.EnsureIndex(new IndexDefinition(Sample.Set.Name, "Lookup", "Name"));
        Schema.EnsureIndex(new IndexDefinition(Sample.Set.Name, "Lookup", "DomainId"));
        Schema.EnsureIndex(IndexDefinition.OnEach(Sample.Set, s => s.ReviewerIds));

        Assert.Equal(2, Registry.Read(Sample.Set).Count(Filter.Eq("DomainId", "health")));
        Schema.DropIndex(Sample.Set.Name, "Lookup");
        Schema.DropIndex(Sample.Set.Name, "Lookup");
    }

    [Fact]
    public void Migrations_run_once_each_in_number_order_and_the_schema_version_is_kept()
    {
        var ran = new List<int>();
        RegistryMigration M(int n) => new(n, $"step {n}", (_, _) => ran.Add(n));
        var clock = TimeProvider.System;

        var first = RegistryMigrator.Migrate(Registry, Schema, [M(2), M(1)], [IndexDefinition.On(Sample.Set, s => s.Year)], clock);
        var again = RegistryMigrator.Migrate(Registry, Schema, [M(1), M(2)], [], clock);
        var later = RegistryMigrator.Migrate(Registry, Schema, [M(1), M(2), M(3)], [], clock);

        Assert.Equal([1, 2, 3], ran);
        Assert.Equal([1, 2], first.Select(m => m.Number));
        Assert.Empty(again);
        Assert.Equal([3], later.Select(m => m.Number));
        var state = Registry.Read(SchemaState.Set).Find(SchemaState.SingletonId)!;
        Assert.Equal(3, state.Version);
        Assert.Equal(["step 1", "step 2", "step 3"], state.Applied.Select(a => a.Name));
        Assert.Throws<InvalidOperationException>(() => RegistryMigrator.Migrate(Registry, Schema, [M(4), M(4)], [], clock));
    }

    [Fact]
    public void Files_are_saved_listed_by_prefix_read_back_and_deleted()
    {
        var files = Registry.Files;
        files.Save("doc/n1/a", "证书.pdf", new MemoryStream("%PDF-1"u8.ToArray()), new Dictionary<string, string> { ["sha256"] = "abc" });
        files.Save("doc/n2/b", "b.png", new MemoryStream([1, 2, 3]));

        var found = files.Find("doc/n1/a")!;
        Assert.Equal(("证书.pdf", 6L, "abc"), (found.FileName, found.Length, found.Metadata["sha256"]));
        Assert.Equal(["doc/n1/a"], files.List("doc/n1/").Select(f => f.Id));
        using (var content = files.OpenRead("doc/n2/b")!)
        using (var copy = new MemoryStream())
        {
            content.CopyTo(copy);
            Assert.Equal([1, 2, 3], copy.ToArray());
        }

        Assert.True(files.Delete("doc/n1/a"));
        Assert.False(files.Delete("doc/n1/a"));
        Assert.Null(files.OpenRead("doc/n1/a"));
        Assert.Null(files.Find("doc/n1/a"));
    }

    [Fact]
    public void A_named_bucket_keeps_its_files_apart_and_lists_them_all_with_an_empty_prefix()
    {
        var photos = Registry.FilesIn("photo");
        photos.Save("p1", "现场.jpg", new MemoryStream([0xFF, 0xD8, 0xFF]));
        Registry.Files.Save("p2", "b.pdf", new MemoryStream([1]));

        Assert.Same(photos, Registry.FilesIn("photo"));
        Assert.Equal(["p1"], photos.List("").Select(f => f.Id));
        Assert.Null(Registry.Files.Find("p1"));
        Assert.Null(photos.Find("p2"));
        Assert.Throws<ArgumentException>(() => Registry.FilesIn("Photo Files"));
    }
}
