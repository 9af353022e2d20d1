using LiteDB;

namespace Kunpeng.Registry.LiteDb;

/// <summary>One record set as a LiteDB collection.</summary>
internal sealed class LiteDbRecords<T>(ILiteCollection<T> collection, RecordSet<T> set, BsonMapper mapper) : IRecordWriter<T> where T : class
{
    public T? Find(string id) => collection.FindById(id);

    public T? FindForUpdate(string id) => collection.FindById(id);

    public bool Any(Filter filter) => Query(filter).Exists();

    public int Count(Filter? filter = null) => filter is null ? collection.Count() : Query(filter).Count();

    public IReadOnlyList<T> List(RecordQuery query)
    {
        if (query.OrderBy is { Count: > 1 })
        {
            return Window(SortInMemory(Query(query.Where).ToEnumerable(), query.OrderBy), query).ToList();
        }

        return Ordered(query).Skip(query.Skip).Limit(query.Take ?? int.MaxValue).ToList();
    }

    public IReadOnlyList<RecordRow> Rows(RecordQuery query, IReadOnlyList<string> fields)
    {
        var projection = BsonExpression.Create("{ " + string.Join(", ", fields.Select((f, i) => $"f{i}: {LiteDbPaths.Of(f)}")) + " }");
        if (query.OrderBy is { Count: > 1 })
        {
            var ids = List(query).Select(r => mapper.ToDocument(r)["_id"]).ToList();
            return ids.Select(id => Row(Query(null).Where("$._id = @0", id).Select(projection).First(), fields)).ToList();
        }

        return Ordered(query).Select(projection).Skip(query.Skip).Limit(query.Take ?? int.MaxValue).ToList().Select(d => Row(d, fields)).ToList();
    }

    /// <summary>How LiteDB would run the filter (its query plan: the index walked and how), for tests that pin a list to an index seek.</summary>
    internal BsonDocument Plan(Filter? filter) => Query(filter).GetPlan();

    public void Insert(T record)
    {
        try
        {
            collection.Insert(record);
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            throw new UniqueRecordException(set.Name, IndexOf(e), e);
        }
    }

    public bool Update(T record)
    {
        try
        {
            return collection.Update(record);
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            throw new UniqueRecordException(set.Name, IndexOf(e), e);
        }
    }

    public void Upsert(T record)
    {
        try
        {
            collection.Upsert(record);
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            throw new UniqueRecordException(set.Name, IndexOf(e), e);
        }
    }

    public bool Delete(string id) => collection.Delete(id);

    private ILiteQueryable<T> Query(Filter? filter)
    {
        var query = collection.Query();
        foreach (var term in LiteDbFilters.Terms(filter, mapper))
        {
            query = query.Where(term);
        }

        return query;
    }

    private ILiteQueryable<T> Ordered(RecordQuery query)
    {
        var filtered = Query(query.Where);
        if (query.OrderBy is not [var key])
        {
            return filtered;
        }

        var by = BsonExpression.Create(LiteDbPaths.Of(key.Field));
        return key.Descending ? filtered.OrderByDescending(by) : filtered.OrderBy(by);
    }

    private IEnumerable<T> SortInMemory(IEnumerable<T> records, IReadOnlyList<SortKey> keys)
    {
        var documents = records.Select(r => (Record: r, Document: mapper.ToDocument(r))).ToList();
        IOrderedEnumerable<(T Record, BsonDocument Document)>? sorted = null;
        foreach (var key in keys)
        {
            var path = BsonExpression.Create(LiteDbPaths.Of(key.Field));
            Func<(T Record, BsonDocument Document), BsonValue> value = r => path.ExecuteScalar(r.Document);
            sorted = sorted is null
                ? key.Descending ? documents.OrderByDescending(value) : documents.OrderBy(value)
                : key.Descending ? sorted.ThenByDescending(value) : sorted.ThenBy(value);
        }

        return (sorted ?? documents.OrderBy(_ => 0)).Select(r => r.Record);
    }

    private static IEnumerable<T> Window(IEnumerable<T> records, RecordQuery query) =>
        query.Take is { } take ? records.Skip(query.Skip).Take(take) : records.Skip(query.Skip);

    private static RecordRow Row(BsonDocument document, IReadOnlyList<string> fields)
    {
        var values = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            values[fields[i]] = LiteDbMapping.Plain(document[$"f{i}"]);
        }

        return new RecordRow(values);
    }

    // LiteDB names the index in its message: "Cannot insert duplicate key in unique index 'ResidentId'. ..."
    private static string IndexOf(LiteException e)
    {
        var start = e.Message.IndexOf('\'', StringComparison.Ordinal);
        var end = start < 0 ? -1 : e.Message.IndexOf('\'', start + 1);
        return end > start ? e.Message[(start + 1)..end] : "unique index";
    }
}
