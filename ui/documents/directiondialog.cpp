#include "ui/documents/directiondialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "ui/documents/documentwords.h"
#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{

constexpr int kKeyRole = Qt::UserRole;            // user name or department
constexpr int kDepartmentRole = Qt::UserRole + 1; // bool: a department, not a person

} // namespace

DirectionDialog::DirectionDialog(DocumentService &service, const QList<User> &colleagues, const Session &session,
                                 const IncomingDocument &document, QWidget *parent)
    : QDialog(parent), m_service(service), m_session(session), m_document(document)
{
    setObjectName(u"directionDialog"_s);
    setWindowTitle(tr("Direct incoming document %1").arg(document.arrivalNumber));

    auto *what = new QLabel(u"<b>"_s + DocumentWords::summaryLine(document.type, document.summary).toHtmlEscaped() +
                                u"</b><br>"_s + document.fromAgency.toHtmlEscaped() + u" – "_s +
                                document.numberSymbol().toHtmlEscaped(),
                            this);
    what->setWordWrap(true);

    m_history = new QTextBrowser(this);
    m_history->setObjectName(u"directionHistory"_s);
    m_history->setAccessibleName(tr("Earlier directions"));
    QString html;
    for (const Direction &d : document.directions)
        html += u"<p>"_s + DocumentWords::directionHtml(d) + u"</p>"_s;
    m_history->setHtml(html.isEmpty() ? tr("No direction yet.") : html);
    m_history->setMaximumHeight(fontMetrics().lineSpacing() * 7);

    QStringList departments;
    for (const User &u : colleagues) {
        if (!u.department.isEmpty() && !departments.contains(u.department))
            departments << u.department;
    }

    m_lead = new QComboBox(this);
    m_lead->setObjectName(u"leadCombo"_s);
    m_lead->setAccessibleName(tr("In charge"));
    for (const User &u : colleagues) {
        m_lead->addItem(u.department.isEmpty() ? u.fullName
                                               : tr("%1 – %2", "person – department").arg(u.fullName, u.department));
        m_lead->setItemData(m_lead->count() - 1, u.username, kKeyRole);
        m_lead->setItemData(m_lead->count() - 1, false, kDepartmentRole);
    }
    for (const QString &dep : std::as_const(departments)) {
        //: A department (rather than a person) put in charge of an incoming document
        m_lead->addItem(tr("Department: %1").arg(dep));
        m_lead->setItemData(m_lead->count() - 1, dep, kKeyRole);
        m_lead->setItemData(m_lead->count() - 1, true, kDepartmentRole);
    }

    // Co-operating people and departments, each with a deadline of their own when it differs.
    m_co = new QTableWidget(0, 2, this);
    m_co->setObjectName(u"cooperatingTable"_s);
    m_co->setAccessibleName(tr("Co-operating"));
    m_co->setHorizontalHeaderLabels({tr("Co-operating"), tr("Own deadline")});
    m_co->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_co->verticalHeader()->hide();
    m_co->setSelectionMode(QAbstractItemView::SingleSelection);
    auto addRow = [this](const QString &title, const QString &key, bool department) {
        const int row = m_co->rowCount();
        m_co->insertRow(row);
        auto *item = new QTableWidgetItem(title);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setData(kKeyRole, key);
        item->setData(kDepartmentRole, department);
        m_co->setItem(row, 0, item);
        auto *due = new QDateEdit(this);
        due->setDisplayFormat(u"dd/MM/yyyy"_s);
        due->setCalendarPopup(true);
        due->setMinimumDate(QDate(2000, 1, 1));
        due->setSpecialValueText(tr("same as the direction"));
        due->setDate(due->minimumDate());
        due->setAccessibleName(tr("Own deadline of %1").arg(title));
        m_co->setCellWidget(row, 1, due);
    };
    for (const User &u : colleagues)
        addRow(u.fullName, u.username, false);
    for (const QString &dep : std::as_const(departments))
        addRow(tr("Department: %1").arg(dep), dep, true);
    m_co->resizeColumnToContents(1);
    m_co->setColumnWidth(1,
                         std::max(m_co->columnWidth(1), fontMetrics().horizontalAdvance(tr("same as the direction")) +
                                                            fontMetrics().averageCharWidth() * 8));
    m_co->setMinimumHeight(fontMetrics().lineSpacing() * 8);

    m_hasDue = new QCheckBox(tr("&Deadline:"), this);
    m_hasDue->setObjectName(u"dueCheck"_s);
    m_hasDue->setChecked(true);
    m_due = new QDateEdit(document.due.isValid() ? document.due : QDate::currentDate().addDays(7), this);
    m_due->setObjectName(u"dueEdit"_s);
    m_due->setAccessibleName(tr("Deadline"));
    m_due->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_due->setCalendarPopup(true);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setAccessibleName(tr("Direction"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Ý kiến chỉ đạo: what is to be done"));
    m_note->setFixedHeight(fontMetrics().lineSpacing() * 4);

    m_message = new MessageLabel(this);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Earlier directions:"), m_history);
    form->addRow(tr("&In charge:"), m_lead);
    form->addRow(tr("&Co-operating:"), m_co);
    form->addRow(QString(), dueRow);
    form->addRow(tr("Di&rection:"), m_note);
    for (QWidget *w : {static_cast<QWidget *>(m_lead), static_cast<QWidget *>(m_co), static_cast<QWidget *>(m_note)}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(w)))
            label->setBuddy(w);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->addButton(tr("&Direct"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"directButton"_s);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &DirectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DirectionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_lead->setFocus();
    resize(sizeHint().width() * 1.3, sizeHint().height());
}

DirectionDialog::~DirectionDialog() = default;

bool DirectionDialog::selectLead(const QString &key, bool department)
{
    for (int i = 0; i < m_lead->count(); ++i) {
        if (m_lead->itemData(i, kKeyRole).toString() == key &&
            m_lead->itemData(i, kDepartmentRole).toBool() == department) {
            m_lead->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

bool DirectionDialog::addCooperating(const QString &username, const QDate &due)
{
    for (int row = 0; row < m_co->rowCount(); ++row) {
        QTableWidgetItem *item = m_co->item(row, 0);
        if (item->data(kKeyRole).toString() != username || item->data(kDepartmentRole).toBool())
            continue;
        item->setCheckState(Qt::Checked);
        if (due.isValid())
            static_cast<QDateEdit *>(m_co->cellWidget(row, 1))->setDate(due);
        return true;
    }
    return false;
}

DirectRequest DirectionDialog::request() const
{
    DirectRequest r;
    r.id = m_document.id;
    const QString lead = m_lead->currentData(kKeyRole).toString();
    if (m_lead->currentData(kDepartmentRole).toBool())
        r.leadDepartment = lead;
    else
        r.leadUser = lead;
    if (m_hasDue->isChecked())
        r.due = m_due->date();
    for (int row = 0; row < m_co->rowCount(); ++row) {
        const QTableWidgetItem *item = m_co->item(row, 0);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString key = item->data(kKeyRole).toString();
        if (key == lead)
            continue; // the person in charge is not also co-operating
        if (item->data(kDepartmentRole).toBool())
            r.coDepartments << key;
        else
            r.coUsers << key;
        const auto *due = static_cast<const QDateEdit *>(m_co->cellWidget(row, 1));
        if (due->date() != due->minimumDate())
            r.dueByUser.insert(key, due->date());
    }
    r.note = m_note->toPlainText().trimmed();
    return r;
}

void DirectionDialog::accept()
{
    auto done = m_service.direct(m_session, request());
    if (!done) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(done.error())});
        m_message->show();
        return;
    }
    m_directed = *done;
    QDialog::accept();
}

} // namespace MotCua::Ui
