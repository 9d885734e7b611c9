#include "core/services/catalogservice.h"

#include "core/domain/text.h"
#include "core/store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace MotCua
{

namespace
{
constexpr auto kSeedPath = ":/motcua/catalog/procedures.json";
constexpr auto kSelect = "SELECT code, name, field, decision, time_limit, time_unit, time_text, fee_text, papers,"
                         " papers_known, issues, url FROM procedures";

QStringList stringList(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

Procedure readProcedure(const Db::Statement &st)
{
    Procedure p;
    p.code = st.text(0);
    p.name = st.text(1);
    p.field = st.text(2);
    p.decision = st.text(3);
    if (!st.isNull(4))
        p.timeLimit = int(st.integer(4));
    p.timeUnit = timeUnitFromKey(st.text(5)).value_or(TimeUnit::Unspecified);
    p.timeText = st.text(6);
    p.feeText = st.text(7);
    p.papers = stringList(st.text(8));
    p.papersKnown = st.integer(9) != 0;
    p.issues = stringList(st.text(10));
    p.url = st.text(11);
    return p;
}

QJsonDocument loadSeed(QString *error)
{
    QFile f{QString::fromLatin1(kSeedPath)};
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the procedure catalog resource is missing");
        return {};
    }
    QJsonParseError pe;
    QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        *error = QStringLiteral("the procedure catalog resource is not valid JSON: ") + pe.errorString();
    return doc;
}
} // namespace

QString CatalogService::seedSource()
{
    QString error;
    return loadSeed(&error).object().value(QLatin1String("source")).toString();
}

Result<QList<EventDraft>> CatalogService::seedDrafts()
{
    QString error;
    const QJsonDocument doc = loadSeed(&error);
    if (!error.isEmpty())
        return Error{Error::Code::Internal, error, {}};
    const QString source = doc.object().value(QLatin1String("source")).toString();
    QList<EventDraft> drafts;
    for (const QJsonValue &v : doc.object().value(QLatin1String("procedures")).toArray()) {
        QJsonObject p = v.toObject();
        const QString code = p.take(QLatin1String("code")).toString();
        if (code.isEmpty())
            continue;
        p.insert(QStringLiteral("source"), source);
        drafts.append({QStringLiteral("procedure"), code, EventType::ProcedureDefined, p});
    }
    return drafts;
}

Result<qint64> CatalogService::count()
{
    return m_store.db().scalarInt(QStringLiteral("SELECT count(*) FROM procedures WHERE active = 1"));
}

Result<QStringList> CatalogService::fields()
{
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT DISTINCT field FROM procedures WHERE active = 1 AND field IS NOT NULL AND field != ''"));
    if (!st)
        return st.error();
    QStringList out;
    while (st->next())
        out.append(st->text(0));
    if (st->failed())
        return st->lastError();
    std::sort(out.begin(), out.end(),
              [](const QString &a, const QString &b) { return Text::sortKey(a) < Text::sortKey(b); });
    return out;
}

Result<Procedure> CatalogService::find(const QString &code)
{
    auto st = m_store.db().prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE code = ?1 AND active = 1"));
    if (!st)
        return st.error();
    st->bind(1, code.trimmed());
    if (st->next())
        return readProcedure(*st);
    if (st->failed())
        return st->lastError();
    return Error::notFound(
        QStringLiteral("no procedure with code '%1' in the catalog").arg(Text::elided(code.trimmed(), 40)));
}

Result<QList<Procedure>> CatalogService::search(const QString &query, int limit)
{
    const QStringList words = Text::foldedWords(query);
    // One LIKE per word, each bound; at most 8 words are considered.
    QString sql = QLatin1String(kSelect) + QStringLiteral(" WHERE active = 1");
    const int n = std::min<int>(int(words.size()), 8);
    for (int i = 0; i < n; ++i)
        sql += QStringLiteral(" AND name_folded LIKE ?%1 ESCAPE '\\'").arg(i + 3);
    // Rank: the exact code; a name that is the query (maybe after "Thủ tục ..."); a name holding the query as
    // a phrase; then shorter names first, as the closest matches.
    sql += QStringLiteral(" ORDER BY (code = ?1) DESC, (name_folded LIKE ?2 ESCAPE '\\') DESC,"
                          " (name_folded LIKE (?2 || '%') ESCAPE '\\') DESC, length(name), name_folded, code LIMIT %1")
               .arg(std::max(1, limit));
    auto st = m_store.db().prepare(sql);
    if (!st)
        return st.error();
    const QString folded = Text::fold(query);
    st->bind(1, query.trimmed());
    st->bind(2, QStringLiteral("% ") + Db::escapeLike(folded));
    for (int i = 0; i < n; ++i)
        st->bind(i + 3, u'%' + Db::escapeLike(words.at(i)) + u'%');
    QList<Procedure> out;
    while (st->next())
        out.append(readProcedure(*st));
    if (st->failed())
        return st->lastError();
    return out;
}

} // namespace MotCua
