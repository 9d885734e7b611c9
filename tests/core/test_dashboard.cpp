// The home dashboard (issue "Reports and dashboard"): today's received, due today, overdue, awaiting supplement and
// ready to return, for the signed-in person and for the whole center, each number the count of the list behind it.
#include "core/domain/ids.h"
#include "core/reports/reportservice.h"
#include "core/services/dossierservice.h"
#include "core/store/store.h"
#include "tests/support/tempstore.h"

#include <QSet>

using namespace MotCua;
using namespace MotCua::Test;

namespace
{
template <typename T> T must(Result<T> r)
{
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.has_value());
    return std::move(*r);
}

// Vietnam's day now (UTC+7), whatever the machine's time zone.
QDate vietnamToday()
{
    return QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
}

const QString kProcedure = QStringLiteral("1.001193");

// Two people at the desk who also process (so each can hand a dossier to themselves, ask for a supplement and
// finish), and the dossiers each received.
struct Desk
{
    TempStore t;
    DossierService dossiers{*t.store};
    Session an = t.createUser(QStringLiteral("an"), {Role::Receptionist, Role::Specialist});
    Session binh = t.createUser(QStringLiteral("binh"), {Role::Receptionist, Role::Specialist});
    int n = 0;

    Dossier receive(const Session &who, const QString &applicant, const QDateTime &at = {})
    {
        ReceiveRequest r;
        r.procedureCode = kProcedure;
        r.applicantName = applicant;
        r.citizenId = QStringLiteral("0010900001%1").arg(n++, 2, 10, QLatin1Char('0'));
        r.receivedAt = at;
        return must(dossiers.receive(who, r));
    }
    Dossier act(const Session &who, const Dossier &d, DossierAction action, const QString &toUser = {})
    {
        DossierActionRequest r;
        r.action = action;
        r.code = d.code;
        r.toUser = toUser;
        if (action == DossierAction::RequestSupplement) {
            r.reason = QStringLiteral("Thiếu giấy tờ");
            r.items = {QStringLiteral("Bản sao giấy chứng sinh")};
        }
        return must(dossiers.act(who, r));
    }
    // A reception time whose appointment falls on Vietnam's today (none on a day nobody works).
    std::optional<QDateTime> receivedForDueToday()
    {
        const QDate today = vietnamToday();
        for (int back = 1; back <= 45; ++back) {
            const QDateTime at = QDateTime(today.addDays(-back), QTime(9, 0), Time::vietnam()).toUTC();
            auto a = dossiers.appointmentFor(kProcedure, at);
            if (a && Time::toVietnam(a->dueAt).date() == today)
                return at;
        }
        return std::nullopt;
    }
    QSet<QString> codes(const Session &who, DashboardFigure f, bool mine)
    {
        QSet<QString> out;
        const auto page = must(dossiers.list(who, ReportService::dashboardFilter(f, mine), {}, 500));
        for (const Dossier &d : page.rows)
            out.insert(d.code);
        return out;
    }
};
} // namespace

TEST_CASE("The dashboard counts the person's dossiers and the whole center's, each the list it opens",
          "[reports][dashboard]")
{
    Desk desk;
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-150); // far past any appointment
    const QDateTime daysAgo = QDateTime::currentDateTimeUtc().addDays(-3);

    // An: two received today, one long ago (overdue), one long ago handed to Bình (overdue, both of theirs), one
    // waiting for a supplement, one finished (ready to return).
    const Dossier anToday1 = desk.receive(desk.an, QStringLiteral("Nguyễn Văn An"));
    const Dossier anToday2 = desk.receive(desk.an, QStringLiteral("Trần Thị Bình"));
    const Dossier anLate = desk.receive(desk.an, QStringLiteral("Lê Hoàng Cường"), longAgo);
    const Dossier handed = desk.receive(desk.an, QStringLiteral("Phạm Thu Dung"), longAgo);
    desk.act(desk.an, handed, DossierAction::Transfer, QStringLiteral("binh"));
    const Dossier anWaiting = desk.receive(desk.an, QStringLiteral("Hoàng Văn Em"), daysAgo);
    desk.act(desk.an, anWaiting, DossierAction::Transfer, QStringLiteral("an"));
    desk.act(desk.an, anWaiting, DossierAction::RequestSupplement);
    const Dossier anDone = desk.receive(desk.an, QStringLiteral("Vũ Thị Giang"), daysAgo);
    desk.act(desk.an, anDone, DossierAction::Transfer, QStringLiteral("an"));
    desk.act(desk.an, anDone, DossierAction::Finish);

    // Bình: one received today, one long ago (overdue), two finished, and (on a working day) one due today.
    const Dossier binhToday = desk.receive(desk.binh, QStringLiteral("Đặng Quốc Huy"));
    const Dossier binhLate = desk.receive(desk.binh, QStringLiteral("Bùi Thị Kim"), longAgo);
    QSet<QString> binhDone;
    for (const QString &name : {QStringLiteral("Đỗ Minh Long"), QStringLiteral("Ngô Thị Mai")}) {
        const Dossier d = desk.receive(desk.binh, name, daysAgo);
        desk.act(desk.binh, d, DossierAction::Transfer, QStringLiteral("binh"));
        desk.act(desk.binh, d, DossierAction::Finish);
        binhDone.insert(d.code);
    }
    std::optional<Dossier> dueToday;
    if (const auto at = desk.receivedForDueToday())
        dueToday = desk.receive(desk.binh, QStringLiteral("Dương Văn Nam"), *at);
    // Due today and already past its hour (the appointment's time of day went by): overdue as well.
    const bool dueTodayOverdue = dueToday && dueToday->dueAt < QDateTime::currentDateTimeUtc();

    ReportService reports(*desk.t.store);
    const Dashboard forAn = must(reports.dashboard(desk.an));
    const Dashboard forBinh = must(reports.dashboard(desk.binh));

    SECTION("the numbers")
    {
        CHECK(forAn.mine.receivedToday == 2);
        CHECK(forAn.mine.dueToday == 0);
        CHECK(forAn.mine.overdue == 2); // anLate, handed
        CHECK(forAn.mine.awaitingSupplement == 1);
        CHECK(forAn.mine.readyToReturn == 1);

        CHECK(forBinh.mine.receivedToday == 1);
        CHECK(forBinh.mine.dueToday == (dueToday ? 1 : 0));
        CHECK(forBinh.mine.overdue == 2 + (dueTodayOverdue ? 1 : 0)); // binhLate, handed (held now)
        CHECK(forBinh.mine.awaitingSupplement == 0);
        CHECK(forBinh.mine.readyToReturn == 2);

        // The whole center is the same for both, and each of its numbers holds both people's.
        for (const Dashboard &d : {forAn, forBinh}) {
            CHECK(d.center.receivedToday == 3);
            CHECK(d.center.dueToday == (dueToday ? 1 : 0));
            CHECK(d.center.overdue == 3 + (dueTodayOverdue ? 1 : 0));
            CHECK(d.center.awaitingSupplement == 1);
            CHECK(d.center.readyToReturn == 3);
        }
    }

    SECTION("each number opens exactly the dossiers it counts")
    {
        using F = DashboardFigure;
        CHECK(desk.codes(desk.an, F::ReceivedToday, true) == QSet<QString>{anToday1.code, anToday2.code});
        CHECK(desk.codes(desk.an, F::ReceivedToday, false) ==
              QSet<QString>{anToday1.code, anToday2.code, binhToday.code});
        CHECK(desk.codes(desk.an, F::Overdue, true) == QSet<QString>{anLate.code, handed.code});
        QSet<QString> overdue{anLate.code, handed.code, binhLate.code};
        if (dueTodayOverdue)
            overdue.insert(dueToday->code);
        CHECK(desk.codes(desk.binh, F::Overdue, false) == overdue);
        overdue.remove(anLate.code);
        CHECK(desk.codes(desk.binh, F::Overdue, true) == overdue);
        CHECK(desk.codes(desk.an, F::AwaitingSupplement, true) == QSet<QString>{anWaiting.code});
        CHECK(desk.codes(desk.binh, F::AwaitingSupplement, true).isEmpty());
        CHECK(desk.codes(desk.an, F::ReadyToReturn, true) == QSet<QString>{anDone.code});
        CHECK(desk.codes(desk.binh, F::ReadyToReturn, true) == binhDone);
        CHECK(desk.codes(desk.binh, F::ReadyToReturn, false) == (binhDone + QSet<QString>{anDone.code}));
        CHECK(desk.codes(desk.binh, F::DueToday, false) ==
              (dueToday ? QSet<QString>{dueToday->code} : QSet<QString>{}));
        CHECK(desk.codes(desk.an, F::DueToday, true).isEmpty());

        // By construction the numbers are the lists' counts, for every figure and both rows.
        for (const Session *who : {&desk.an, &desk.binh}) {
            const Dashboard d = must(reports.dashboard(*who));
            for (F f : dashboardFigures()) {
                for (bool mine : {true, false}) {
                    INFO(dashboardFigureTitle(f).toStdString() << (mine ? " mine" : " center"));
                    CHECK(desk.codes(*who, f, mine).size() == (mine ? d.mine : d.center).value(f));
                }
            }
        }
    }

    SECTION("a dossier received now moves today's numbers, the person's and the center's")
    {
        desk.receive(desk.binh, QStringLiteral("Nguyễn Thị Hoa"));
        const Dashboard after = must(reports.dashboard(desk.binh));
        CHECK(after.mine.receivedToday == 2);
        CHECK(after.center.receivedToday == 4);
        CHECK(must(reports.dashboard(desk.an)).mine.receivedToday == 2);
    }

    SECTION("the titles are the figures' names")
    {
        CHECK(dashboardFigures().size() == 5);
        CHECK(dashboardFigureTitle(DashboardFigure::Overdue) == QStringLiteral("Overdue"));
        CHECK(dashboardFigureTitle(DashboardFigure::ReadyToReturn) == QStringLiteral("Ready to return"));
    }
}
