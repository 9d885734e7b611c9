#include "ui/admin/auditpanel.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include "core/domain/ids.h"
#include "core/services/authservice.h"
#include "core/store/store.h"
#include "ui/shell/backgroundtask.h"
#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
QString when(const QDateTime &utc)
{
    return QLocale().toString(Time::toVietnam(utc), u"dd/MM/yyyy HH:mm:ss"_s);
}

QString problemText(const ChainProblem &p, const QString &deviceName)
{
    QString what;
    switch (p.kind) {
    case ChainProblem::Kind::HashMismatch:
        what = AuditPanel::tr("the event was changed after it was recorded (its fingerprint does not match)");
        break;
    case ChainProblem::Kind::Gap:
        what = AuditPanel::tr("events are missing before this one");
        break;
    case ChainProblem::Kind::HeadMismatch:
        what = AuditPanel::tr("the end of the chain does not match what was recorded");
        break;
    case ChainProblem::Kind::BadPayload:
        what = AuditPanel::tr("the event's data cannot be read");
        break;
    }
    return AuditPanel::tr("Device %1, event no. %2 (%3): %4").arg(deviceName).arg(p.deviceSeq).arg(p.eventId, what);
}
} // namespace

AuditPanel::AuditPanel(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent), m_audit(store), m_session(session), m_dataDir(store.dataDir())
{
    setObjectName(u"auditPanel"_s);
    m_person = new QComboBox(this);
    m_person->setObjectName(u"auditPerson"_s);
    m_person->setAccessibleName(tr("Person"));
    m_person->addItem(tr("Everyone"), QString());
    if (auto users = AuthService(store).listUsers(session)) {
        for (const User &u : *users)
            m_person->addItem(tr("%1 (%2)", "full name (user name)").arg(u.fullName, u.username), u.username);
    }
    m_record = new QLineEdit(this);
    m_record->setObjectName(u"auditRecord"_s);
    m_record->setAccessibleName(tr("Record"));
    m_record->setPlaceholderText(tr("Dossier code or user name"));
    m_record->setClearButtonEnabled(true);
    m_entity = new QComboBox(this);
    m_entity->setObjectName(u"auditEntity"_s);
    m_entity->setAccessibleName(tr("Kind of record"));
    m_entity->addItem(tr("All"), QString());
    m_entity->addItem(tr("Dossiers"), u"dossier"_s);
    m_entity->addItem(tr("Accounts"), u"user"_s);
    m_entity->addItem(tr("Procedures"), u"procedure"_s);
    m_entity->addItem(tr("Calendar"), u"calendar"_s);
    const QDate today = Time::toVietnam(QDateTime::currentDateTimeUtc()).date();
    m_useFrom = new QCheckBox(tr("&From:"), this);
    m_useFrom->setObjectName(u"auditUseFrom"_s);
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setObjectName(u"auditFrom"_s);
    m_from->setAccessibleName(tr("From date"));
    m_from->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_from->setCalendarPopup(true);
    m_useTo = new QCheckBox(tr("&To:"), this);
    m_useTo->setObjectName(u"auditUseTo"_s);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(u"auditTo"_s);
    m_to->setAccessibleName(tr("To date"));
    m_to->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_to->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto *searchButton = new QPushButton(tr("&Show"), this);
    searchButton->setObjectName(u"auditSearchButton"_s);
    searchButton->setDefault(true);

    auto *filters = new QGridLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("&Person:"), m_person), 0, 0);
    filters->addWidget(m_person, 0, 1);
    filters->addWidget(label(tr("&Record:"), m_record), 0, 2);
    filters->addWidget(m_record, 0, 3);
    filters->addWidget(label(tr("&Kind:"), m_entity), 0, 4);
    filters->addWidget(m_entity, 0, 5);
    filters->addWidget(m_useFrom, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_useTo, 1, 2);
    filters->addWidget(m_to, 1, 3);
    filters->addWidget(searchButton, 1, 5);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(3, 2);
    filters->setColumnStretch(5, 1);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setAccessibleName(tr("Audit trail"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Record"), tr("Device")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RecordColumn, QHeaderView::Stretch);

    m_more = new QPushButton(tr("Load &more"), this);
    m_more->setObjectName(u"auditMoreButton"_s);
    auto *verifyButton = new QPushButton(tr("&Check the chains"), this);
    verifyButton->setObjectName(u"verifyButton"_s);
    m_verifyButton = verifyButton;
    m_progress = new TaskProgress(u"verify"_s, this);
    m_print = new QPushButton(tr("&Print the record's history…"), this);
    m_print->setObjectName(u"printHistoryButton"_s);
    m_pdf = new QPushButton(tr("History as P&DF…"), this);
    m_pdf->setObjectName(u"historyPdfButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_more);
    buttons->addStretch(1);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(verifyButton);

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"chainBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();
    m_problems = new QListWidget(this);
    m_problems->setObjectName(u"chainProblems"_s);
    m_problems->setAccessibleName(tr("Problems found in the chains"));
    m_problems->hide();
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"auditMessage"_s);
    showHint(m_message, {});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_problems);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    connect(searchButton, &QPushButton::clicked, this, &AuditPanel::search);
    connect(m_record, &QLineEdit::returnPressed, this, &AuditPanel::search);
    connect(m_record, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_print->setEnabled(!text.trimmed().isEmpty());
        m_pdf->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_more, &QPushButton::clicked, this, &AuditPanel::loadMore);
    connect(verifyButton, &QPushButton::clicked, this, &AuditPanel::verify);
    connect(m_print, &QPushButton::clicked, this, &AuditPanel::printHistory);
    connect(m_pdf, &QPushButton::clicked, this, &AuditPanel::exportHistory);
    m_print->setEnabled(false);
    m_pdf->setEnabled(false);
    search();
}

AuditPanel::~AuditPanel() = default;

AuditFilter AuditPanel::filter() const
{
    AuditFilter f;
    f.actor = m_person->currentData().toString();
    f.entity = m_entity->currentData().toString();
    f.record = m_record->text().trimmed();
    if (m_useFrom->isChecked())
        f.from = m_from->date();
    if (m_useTo->isChecked())
        f.to = m_to->date();
    return f;
}

void AuditPanel::search()
{
    m_table->setRowCount(0);
    m_nextBefore = 0;
    auto page = m_audit.list(m_session, filter(), 0, 100);
    if (!page) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(page.error())});
        m_more->setEnabled(false);
        return;
    }
    append(*page);
}

void AuditPanel::loadMore()
{
    if (m_nextBefore <= 0)
        return;
    auto page = m_audit.list(m_session, filter(), m_nextBefore, 100);
    if (!page) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(page.error())});
        return;
    }
    append(*page);
}

void AuditPanel::append(const AuditPage &page)
{
    int row = m_table->rowCount();
    m_table->setRowCount(row + int(page.entries.size()));
    for (const AuditEntry &e : page.entries) {
        const QStringList cells{when(e.at), e.actorName, ErrorText::eventType(e.event.type), e.recordLabel,
                                e.deviceName};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == WhatColumn)
                item->setToolTip(e.event.type);
            if (c == DeviceColumn)
                item->setToolTip(e.event.device);
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    m_nextBefore = page.nextBefore;
    m_more->setEnabled(m_nextBefore > 0);
    showHint(m_message,
             {MessageLevel::Info,
              m_nextBefore > 0 ? tr("%n event(s) shown; older ones with \"Load more\".", nullptr, m_table->rowCount())
                               : tr("%n event(s) shown.", nullptr, m_table->rowCount())});
}

bool AuditPanel::isVerifying() const
{
    return m_task && m_task->isRunning();
}

void AuditPanel::verify()
{
    if (isVerifying())
        return;
    // On a worker thread with a Store of its own: the window keeps answering while every event is checked.
    m_lastOk.reset();
    showHint(m_message, {});
    m_verifyButton->setEnabled(false);
    const Session session = m_session;
    delete m_task;
    m_task = BackgroundTask::onStore<VerifyReport>(
        m_dataDir,
        [session](Store &store, const Store::Progress &progress) {
            return AuditService(store).verifyChains(session, progress);
        },
        [this](const Result<VerifyReport> &report) { showReport(report); }, this);
    // The core counts each event twice (its chain, then the replay): a percentage says more.
    m_progress->follow(m_task, tr("Checking the chains…"), false);
    m_task->start();
}

void AuditPanel::showReport(const Result<VerifyReport> &report)
{
    m_verifyButton->setEnabled(true);
    m_verifyButton->setFocus();
    m_problems->clear();
    QPalette pal = m_banner->palette();
    if (!report && report.error().field == u"cancelled") {
        m_banner->hide();
        m_problems->hide();
        showHint(m_message, {MessageLevel::Info, tr("The check was cancelled before the end; nothing was changed.")});
        return;
    }
    if (!report) {
        pal.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
        pal.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
        m_banner->setPalette(pal);
        m_banner->setText(tr("⚠ The check could not run: %1").arg(ErrorText::message(report.error())));
        m_banner->show();
        m_problems->hide();
        m_lastOk = false;
        emit verified(false);
        return;
    }
    const VerifyReport &r = *report;
    if (r.ok()) {
        pal.setColor(QPalette::Window, QColor(0xe8, 0xf5, 0xe9));
        pal.setColor(QPalette::WindowText, QColor(0x1b, 0x5e, 0x20));
        m_banner->setPalette(pal);
        m_banner->setText(
            tr("✓ OK: the chains of %n device(s) hold; no event was changed or removed.", nullptr, int(r.devices)) +
            u' ' + tr("%n event(s) checked.", nullptr, int(r.events)));
        m_banner->setProperty("ok", true);
        m_banner->show();
        m_problems->hide();
        m_lastOk = true;
        emit verified(true);
        return;
    }
    pal.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_banner->setPalette(pal);
    QFont bold = m_banner->font();
    bold.setBold(true);
    m_banner->setFont(bold);
    m_banner->setProperty("ok", false);
    const int count = int(r.chainProblems.size() + r.integrityProblems.size()) + (r.projectionsMatch ? 0 : 1);
    m_banner->setText(tr("⚠ BROKEN: %n problem(s) found. The store has been changed outside MotCua Desk or is "
                         "damaged. Do not delete anything; make a backup and call the province's IT.",
                         nullptr, count));
    for (const ChainProblem &p : r.chainProblems)
        m_problems->addItem(problemText(p, m_audit.deviceName(p.device)));
    for (const QString &p : r.integrityProblems)
        m_problems->addItem(tr("File check: %1").arg(p));
    if (!r.projectionsMatch)
        m_problems->addItem(tr("The tables differ from a rebuild from the events: %1")
                                .arg(r.projectionDiffs.join(tr(", ", "list separator"))));
    const int rows = std::min(m_problems->count(), 5);
    m_problems->setFixedHeight(rows * std::max(m_problems->sizeHintForRow(0), fontMetrics().height()) +
                               2 * m_problems->frameWidth() + 4);
    m_banner->show();
    m_problems->show();
    m_lastOk = false;
    emit verified(false);
}

QString AuditPanel::recordHistoryHtml(const QString &record)
{
    AuditFilter f;
    f.record = record.trimmed();
    QList<AuditEntry> entries;
    qint64 before = 0;
    do {
        auto page = m_audit.list(m_session, f, before, 500);
        if (!page) {
            showHint(m_message, {MessageLevel::Error, ErrorText::message(page.error())});
            return {};
        }
        entries += page->entries;
        before = page->nextBefore;
    } while (before > 0);
    if (entries.isEmpty())
        return {};
    std::reverse(entries.begin(), entries.end());
    QString html = u"<html><body style=\"font-family: sans-serif\"><h2>"_s +
                   tr("History of %1").arg(entries.first().recordLabel).toHtmlEscaped() + u"</h2><p>"_s +
                   tr("Printed %1 by %2. %n event(s), oldest first.", nullptr, int(entries.size()))
                       .arg(when(QDateTime::currentDateTimeUtc()), m_session.fullName)
                       .toHtmlEscaped() +
                   u"</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>"_s;
    for (const QString &h : {tr("No."), tr("When"), tr("Who"), tr("What"), tr("Device")})
        html += u"<th align=\"left\">"_s + h.toHtmlEscaped() + u"</th>"_s;
    html += u"</tr>"_s;
    int n = 0;
    for (const AuditEntry &e : std::as_const(entries)) {
        html += u"<tr><td>"_s + QString::number(++n) + u"</td><td>"_s + when(e.at).toHtmlEscaped() + u"</td><td>"_s +
                e.actorName.toHtmlEscaped() + u"</td><td>"_s + ErrorText::eventType(e.event.type).toHtmlEscaped() +
                u"</td><td>"_s + e.deviceName.toHtmlEscaped() + u"</td></tr>"_s;
    }
    html += u"</table></body></html>"_s;
    return html;
}

bool AuditPanel::saveHistoryPdf(const QString &record, const QString &path)
{
    const QString html = recordHistoryHtml(record);
    if (html.isEmpty())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&printer);
    return true;
}

void AuditPanel::printHistory()
{
    const QString html = recordHistoryHtml(m_record->text());
    if (html.isEmpty()) {
        showHint(m_message, {MessageLevel::Warning, tr("No event of %1 was found.").arg(m_record->text().trimmed())});
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("History of %1").arg(m_record->text().trimmed()));
    QTextDocument doc;
    doc.setHtml(html);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter *p) { doc.print(p); });
    preview.exec();
}

void AuditPanel::exportHistory()
{
    const QString record = m_record->text().trimmed();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the history as PDF"),
                                     QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                         .filePath(u"history-"_s + QString(record).replace(u'/', u'-') + u".pdf"_s),
                                     tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (saveHistoryPdf(record, path))
        showHint(m_message, {MessageLevel::Success, tr("Saved %1.").arg(QDir::toNativeSeparators(path))});
    else
        showHint(m_message, {MessageLevel::Warning, tr("No event of %1 was found.").arg(record)});
}

} // namespace MotCua::Ui
