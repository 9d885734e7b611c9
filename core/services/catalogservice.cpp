#include "core/services/catalogservice.h"

#include "core/domain/ids.h"
#include "core/domain/text.h"
#include "core/store/store.h"
#include "core/util/log.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

namespace MotCua
{

namespace
{
constexpr auto kSeedPath = ":/motcua/catalog/procedures.json";
constexpr auto kSelect = "SELECT code, name, field, decision, time_limit, time_unit, time_text, fee_text, papers,"
                         " papers_known, issues, url, fee_amount, fee_unit, fee_note, notes, everyday, time_set_by,"
                         " time_set_at FROM procedures";

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
    p.nameKnown = !p.name.trimmed().isEmpty();
    if (!st.isNull(12))
        p.feeAmount = st.integer(12);
    p.feeUnit = st.text(13);
    p.feeNote = st.text(14);
    p.notes = st.text(15);
    p.everyday = st.integer(16) != 0;
    p.timeSetBy = st.text(17);
    if (!st.isNull(18))
        p.timeSetAt = QDateTime::fromString(st.text(18), Qt::ISODate);
    return p;
}

// Folded text as " words separated by single spaces " (punctuation is a space): a word start is " <word>".
QString spaced(const QString &folded)
{
    QString out(u' ');
    for (QChar c : folded) {
        const bool word = c.isLetterOrNumber();
        if (word)
            out += c;
        else if (!out.endsWith(u' '))
            out += u' ';
    }
    if (!out.endsWith(u' '))
        out += u' ';
    return out;
}

// The name up to its first comma, semicolon or parenthesis: what it is, before the cases it covers. Its length
// orders equally good matches (an unknown name last).
int headLength(const Procedure &p)
{
    if (!p.nameKnown)
        return std::numeric_limits<int>::max();
    qsizetype end = p.name.size();
    for (QChar c : {u',', u';', u'('}) {
        const qsizetype at = p.name.indexOf(c);
        if (at > 0)
            end = std::min(end, at);
    }
    return int(end);
}

Result<QList<Procedure>> readAll(Db::Database &db)
{
    auto st = db.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE active = 1 ORDER BY code"));
    if (!st)
        return st.error();
    QList<Procedure> out;
    while (st->next())
        out.append(readProcedure(*st));
    if (st->failed())
        return st->lastError();
    return out;
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
    return catalogDrafts(doc.object());
}

Result<QList<EventDraft>> CatalogService::catalogDrafts(const QJsonObject &catalog)
{
    if (!catalog.value(QLatin1String("procedures")).isArray())
        return Error::invalid(QStringLiteral("a catalog is {\"source\": ..., \"procedures\": [...]}"),
                              QStringLiteral("catalog"));
    const QString source = catalog.value(QLatin1String("source")).toString();
    QList<EventDraft> drafts;
    for (const QJsonValue &v : catalog.value(QLatin1String("procedures")).toArray()) {
        QJsonObject p = v.toObject();
        const QString code = p.take(QLatin1String("code")).toString();
        if (code.isEmpty())
            continue;
        p.insert(QStringLiteral("source"), source);
        drafts.append({QStringLiteral("procedure"), code, EventType::ProcedureDefined, p});
    }
    return drafts;
}

QSet<QString> CatalogService::codesOf(const QJsonObject &catalog)
{
    QSet<QString> codes;
    for (const QJsonValue &v : catalog.value(QLatin1String("procedures")).toArray())
        if (const QString code = v.toObject().value(QLatin1String("code")).toString(); !code.isEmpty())
            codes.insert(code);
    return codes;
}

Result<int> CatalogService::checkPublishable(const QJsonObject &catalog)
{
    const QJsonValue list = catalog.value(QLatin1String("procedures"));
    if (!list.isArray() || list.toArray().isEmpty())
        return Error::invalid(QStringLiteral("a catalog is {\"source\": ..., \"procedures\": [...]} with at least "
                                             "one procedure"),
                              QStringLiteral("catalog"));
    const QJsonArray procedures = list.toArray();
    if (procedures.size() > kMaxPublished)
        return Error::invalid(QStringLiteral("a catalog holds at most %1 procedures, this one %2")
                                  .arg(kMaxPublished)
                                  .arg(procedures.size()),
                              QStringLiteral("catalog"));
    static const QRegularExpression codeRe(QStringLiteral("^[0-9A-Za-z][0-9A-Za-z.-]{0,39}$"));
    QSet<QString> codes;
    for (qsizetype i = 0; i < procedures.size(); ++i) {
        const QString at = QStringLiteral("procedure %1").arg(i + 1);
        if (!procedures.at(i).isObject())
            return Error::invalid(at + QStringLiteral(" is not an object"), QStringLiteral("catalog"));
        const QJsonObject p = procedures.at(i).toObject();
        const QString code = p.value(QLatin1String("code")).toString();
        if (!codeRe.match(code).hasMatch())
            return Error::invalid(at + QStringLiteral(": \"code\" is 1 to 40 letters, digits, '.' or '-' (\"%1\")")
                                           .arg(Text::elided(code, 40)),
                                  QStringLiteral("catalog"));
        const QString named = QStringLiteral("procedure %1 (%2)").arg(i + 1).arg(code);
        if (codes.contains(code))
            return Error::invalid(named + QStringLiteral(" comes twice"), QStringLiteral("catalog"));
        codes.insert(code);
        const QJsonValue name = p.value(QLatin1String("name"));
        const bool nameKnown = p.value(QLatin1String("name_known")).toBool(true);
        if (!name.isString() || (nameKnown && name.toString().trimmed().isEmpty()))
            return Error::invalid(named + QStringLiteral(": \"name\" is a text, empty only with \"name_known\": false"),
                                  QStringLiteral("catalog"));
        for (const char *key : {"time_limit", "fee_amount"}) {
            const QJsonValue v = p.value(QLatin1String(key));
            if (!v.isUndefined() && !v.isNull() &&
                (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1e12 || v.toDouble() != double(v.toInteger())))
                return Error::invalid(
                    named + QStringLiteral(": \"%1\" is a whole number of at least 0, or null").arg(QLatin1String(key)),
                    QStringLiteral("catalog"));
        }
        const QJsonValue papers = p.value(QLatin1String("papers"));
        bool papersOk = papers.isUndefined() || papers.isArray();
        for (const QJsonValue &paper : papers.toArray())
            papersOk = papersOk && paper.isString();
        if (!papersOk)
            return Error::invalid(named + QStringLiteral(": \"papers\" is a list of texts"), QStringLiteral("catalog"));
    }
    return int(procedures.size());
}

Result<qint64> CatalogService::applyPublished(const QJsonObject &catalog)
{
    auto drafts = catalogDrafts(catalog);
    if (!drafts)
        return drafts.error();
    // Only what differs from what the store holds: counters that apply the same version after pulling each other's
    // events write nothing twice. A procedure withdrawn before and published again is defined again.
    QList<EventDraft> changed;
    const QSet<QString> published = codesOf(catalog); // as listed, also what a draft could not be made of
    for (const EventDraft &d : std::as_const(*drafts)) {
        auto events = m_store.log().forEntity(QStringLiteral("procedure"), d.entityId);
        if (!events)
            return events.error();
        QJsonObject held;
        bool withdrawn = false;
        for (const Event &e : std::as_const(*events)) {
            if (e.type == EventType::ProcedureDefined) {
                held = e.payload;
                withdrawn = false;
            } else if (e.type == EventType::ProcedureWithdrawn) {
                withdrawn = true;
            }
        }
        if (held != d.payload || withdrawn)
            changed.append(d);
    }
    // What the store offers and the publication no longer holds is withdrawn (a catalog of none withdraws nothing:
    // checkPublishable refuses it at the province, and a counter does not empty its catalog on a broken one).
    if (!published.isEmpty()) {
        auto st = m_store.db().prepare(QStringLiteral("SELECT code FROM procedures WHERE active = 1 ORDER BY code"));
        if (!st)
            return st.error();
        const QString source = catalog.value(QLatin1String("source")).toString();
        while (st->next()) {
            const QString code = st->text(0);
            if (!published.contains(code))
                changed.append({QStringLiteral("procedure"), code, EventType::ProcedureWithdrawn,
                                QJsonObject{{QStringLiteral("source"), source}}});
        }
        if (st->failed())
            return st->lastError();
    }
    if (changed.isEmpty())
        return 0;
    auto committed = m_store.commit(changed, QStringLiteral("province"));
    if (!committed)
        return committed.error();
    return qint64(changed.size());
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
    // The catalog is small (hundreds of procedures): matched and ranked here rather than in SQL, which has no
    // notion of a phrase at a word start or of a name's head.
    auto all = readAll(m_store.db());
    if (!all)
        return all.error();
    const QString code = query.trimmed();
    const QStringList words = Text::foldedWords(query);
    QStringList wordsAlone; // the words as they stand between spaces and punctuation ("1.001193" -> "1 001193")
    for (const QString &w : words)
        wordsAlone.append(spaced(w));
    const QString phrase = spaced(words.join(u' '));
    const bool hasWords = !phrase.trimmed().isEmpty(); // letters or digits, not only punctuation
    QHash<QString, int> fieldSize;
    QHash<QString, QString> foldedField;
    for (const Procedure &p : *all) {
        ++fieldSize[p.field];
        if (!foldedField.contains(p.field))
            foldedField.insert(p.field, spaced(Text::fold(p.field)));
    }
    static const QString kThuTuc = QStringLiteral(" thu tuc ");
    struct Ranked
    {
        int tier;
        int index;
        QByteArray sortKey;
    };
    QList<Ranked> ranked;
    for (int i = 0; i < all->size(); ++i) {
        const Procedure &p = all->at(i);
        int tier = 6; // every word somewhere in the code, the name or the field (and, with no words, everything)
        if (!words.isEmpty()) {
            // " name words " and " field words ": a phrase or a word at a word start is " <it>".
            const QString name = spaced(Text::fold(p.name));
            const QString core = name.startsWith(kThuTuc) ? name.mid(kThuTuc.size() - 1) : name;
            const QString field = foldedField.value(p.field);
            const QString start = phrase.chopped(1); // " chung thuc" matches " chung thuc ban sao " and " chung th"
            const bool everyWordAtStart = std::all_of(wordsAlone.cbegin(), wordsAlone.cend(), [&](const QString &w) {
                return QString(name + field).contains(w.chopped(1));
            });
            if (code == p.code)
                tier = 0;
            else if (!hasWords)
                tier = 6;
            else if (p.nameKnown && core == phrase)
                tier = 1;
            else if (p.nameKnown && core.startsWith(start))
                tier = 2;
            else if (name.contains(start))
                tier = 3;
            else if (field.contains(start))
                tier = 4;
            else if (everyWordAtStart)
                tier = 5;
            if (tier == 6) {
                // Otherwise every word, as typed (punctuation kept), somewhere in the code, the name or the field.
                const QString text = p.code + u' ' + Text::fold(p.name) + u' ' + Text::fold(p.field);
                if (!std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return text.contains(w); }))
                    continue;
            }
        }
        ranked.append({tier, i, Text::sortKey(p.name)});
    }
    std::sort(ranked.begin(), ranked.end(), [&](const Ranked &a, const Ranked &b) {
        const Procedure &x = all->at(a.index);
        const Procedure &y = all->at(b.index);
        if (a.tier != b.tier)
            return a.tier < b.tier;
        if (x.everyday != y.everyday)
            return x.everyday;
        const int fx = fieldSize.value(x.field), fy = fieldSize.value(y.field);
        if (fx != fy)
            return fx > fy;
        const int hx = headLength(x), hy = headLength(y);
        if (hx != hy)
            return hx < hy;
        if (a.sortKey != b.sortKey)
            return a.sortKey < b.sortKey;
        return x.code < y.code;
    });
    QList<Procedure> out;
    for (const Ranked &r : ranked) {
        if (out.size() >= std::max(1, limit))
            break;
        out.append(all->at(r.index));
    }
    return out;
}

Result<QList<Procedure>> CatalogService::list(bool missingTimeLimitOnly)
{
    auto all = readAll(m_store.db());
    if (!all)
        return all.error();
    QList<std::pair<QByteArray, Procedure>> keyed;
    for (const Procedure &p : *all) {
        if (!missingTimeLimitOnly || !p.timeLimitKnown())
            keyed.append({Text::sortKey(p.field), p});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Procedure> out;
    for (const auto &k : keyed)
        out.append(k.second);
    return out;
}

Result<Procedure> CatalogService::setTimeLimit(const Session &actor, const QString &code, int limit, TimeUnit unit)
{
    if (!actor.can(Permission::ManageCatalog))
        return Error::forbidden(QStringLiteral("only an administrator can change the procedure catalog"));
    auto current = find(code);
    if (!current)
        return current.error();
    if (unit != TimeUnit::WorkingDays && unit != TimeUnit::Days && unit != TimeUnit::WorkingHours)
        return Error::invalid(QStringLiteral("a time limit is counted in working-days, days or working-hours"),
                              QStringLiteral("time_unit"));
    const bool hours = unit == TimeUnit::WorkingHours;
    const int low = hours ? 1 : 0;
    const int high = hours ? 2920 : 365;
    if (limit < low || limit > high)
        return Error::invalid(QStringLiteral("a time limit in %1 is a whole number from %2 to %3")
                                  .arg(timeUnitKey(unit))
                                  .arg(low)
                                  .arg(high),
                              QStringLiteral("time_limit"));
    if (current->timeLimit == limit && current->timeUnit == unit)
        return *current; // nothing changes: nothing to record
    QJsonObject payload{
        {QStringLiteral("time_limit"), limit},
        {QStringLiteral("time_unit"), timeUnitKey(unit)},
        {QStringLiteral("previous_time_limit"), current->timeLimit ? QJsonValue(*current->timeLimit) : QJsonValue()},
        {QStringLiteral("previous_time_unit"), timeUnitKey(current->timeUnit)},
        {QStringLiteral("at"), Time::toUtcIso(QDateTime::currentDateTimeUtc())},
    };
    auto events = m_store.commit(
        {{QStringLiteral("procedure"), current->code, EventType::ProcedureTimeLimitSet, payload}}, actor.userId);
    if (!events)
        return events.error();
    static const auto log = Log::get("catalog");
    log->info("procedure {}: time limit set to {} {} by {}", current->code.toStdString(), limit,
              timeUnitKey(unit).toStdString(), actor.userId.toStdString());
    return find(current->code);
}

} // namespace MotCua
