#pragma once

// A store with many events for tests of long work (verify, rebuild, bundles): dossiers' lives committed as drafts in
// a few big transactions, as bench/bench_exchange.cpp does, far faster than one service call per event.
#include "core/domain/ids.h"
#include "core/services/catalogservice.h"
#include "core/store/event.h"
#include "core/store/store.h"

#include <QJsonArray>
#include <QJsonObject>

#include <stdexcept>

namespace MotCua::Test
{

// Appends `dossiers` dossiers (received, handed over to `userId`, finished, returned: four events each), 500 dossiers
// per transaction. Their applicant is one real name; the codes carry the store's commune and a BULK tag.
inline void addManyDossiers(Store &store, const QString &userId, int dossiers, int firstSerial = 0)
{
    auto procedure = CatalogService(store).find(QStringLiteral("1.001193"));
    if (!procedure)
        throw std::runtime_error(procedure.error().message.toStdString());
    int serial = firstSerial;
    while (serial < firstSerial + dossiers) {
        QList<EventDraft> drafts;
        for (int i = 0; i < 500 && serial < firstSerial + dossiers; ++i, ++serial) {
            const QDateTime received =
                QDateTime(QDate(2026, 1, 5), QTime(8, 0), Time::vietnam()).addSecs(qint64(serial) * 60);
            const QString id = newUuidV7(received.toMSecsSinceEpoch());
            const QString at = Time::toUtcIso(received);
            drafts.append(
                {QStringLiteral("dossier"), id, EventType::DossierReceived,
                 QJsonObject{
                     {QStringLiteral("code"),
                      QStringLiteral("%1.BULK-%2").arg(store.communeCode()).arg(serial, 8, 10, QLatin1Char('0'))},
                     {QStringLiteral("code_provisional"), true},
                     {QStringLiteral("procedure_code"), procedure->code},
                     {QStringLiteral("procedure_name"), procedure->name},
                     {QStringLiteral("applicant"),
                      QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Nguyễn Văn Bình")},
                                  {QStringLiteral("citizen_id"),
                                   QStringLiteral("0010900%1").arg(serial % 100000, 5, 10, QLatin1Char('0'))}}},
                     {QStringLiteral("channel"), QStringLiteral("direct")},
                     {QStringLiteral("received_at"), at},
                     {QStringLiteral("due_at"), Time::toUtcIso(received.addDays(5))},
                     {QStringLiteral("due_unit_assumed"), false},
                     {QStringLiteral("time_unit"), QStringLiteral("working_days")},
                     {QStringLiteral("time_limit"), 3},
                     {QStringLiteral("papers"), QJsonArray()},
                     {QStringLiteral("commune"), store.communeCode()}}});
            drafts.append({QStringLiteral("dossier"), id, EventType::DossierTransferred,
                           QJsonObject{{QStringLiteral("at"), at},
                                       {QStringLiteral("to_user"), userId},
                                       {QStringLiteral("to_user_name"), QStringLiteral("Trần Thị Bình")},
                                       {QStringLiteral("to_leader"), false}}});
            drafts.append(
                {QStringLiteral("dossier"), id, EventType::DossierFinished, QJsonObject{{QStringLiteral("at"), at}}});
            drafts.append({QStringLiteral("dossier"), id, EventType::ResultReturned,
                           QJsonObject{{QStringLiteral("at"), at}, {QStringLiteral("how"), QStringLiteral("desk")}}});
        }
        if (auto r = store.commit(drafts, userId); !r)
            throw std::runtime_error(r.error().message.toStdString());
    }
}

} // namespace MotCua::Test
