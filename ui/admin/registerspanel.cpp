#include "ui/admin/registerspanel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
enum SeriesColumn { Key, Name, Types, Secret, Issuer, Mark, SeriesColumns };

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// A table with Add and Remove under it.
QWidget *editableTable(QTableWidget *table, const QString &addText, const QString &removeText, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *add = new QPushButton(addText, box);
    auto *remove = new QPushButton(removeText, box);
    add->setObjectName(table->objectName() + u"Add"_s);
    remove->setObjectName(table->objectName() + u"Remove"_s);
    QObject::connect(add, &QPushButton::clicked, table, [table] {
        table->insertRow(table->rowCount());
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    layout->addLayout(buttons);
    return box;
}
} // namespace

RegistersPanel::RegistersPanel(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent), m_documents(store), m_session(session)
{
    setObjectName(u"registersPanel"_s);
    auto *officeBox = new QGroupBox(tr("Abbreviations in the symbols (ký hiệu)"), this);
    auto *form = new QFormLayout(officeBox);
    m_issuer = new QLineEdit(officeBox);
    m_issuer->setObjectName(u"registersIssuer"_s);
    m_issuer->setAccessibleName(tr("Issuer abbreviation"));
    m_department = new QLineEdit(officeBox);
    m_department->setObjectName(u"registersDefaultDepartment"_s);
    m_department->setAccessibleName(tr("Default department of a công văn"));
    auto *issuerLabel = new QLabel(tr("&Issuer:"), officeBox);
    issuerLabel->setBuddy(m_issuer);
    auto *departmentLabel = new QLabel(tr("&Department of a công văn when none is given:"), officeBox);
    departmentLabel->setBuddy(m_department);
    form->addRow(issuerLabel, m_issuer);
    form->addRow(departmentLabel, m_department);
    m_departments = new QTableWidget(0, 2, officeBox);
    m_departments->setObjectName(u"registersDepartments"_s);
    m_departments->setHorizontalHeaderLabels({tr("Abbreviation"), tr("Department")});
    m_departments->horizontalHeader()->setStretchLastSection(true);
    m_departments->setMaximumHeight(150);
    form->addRow(tr("Departments:"), editableTable(m_departments, tr("Add a department"), tr("Remove"), officeBox));

    auto *seriesBox = new QGroupBox(tr("Number series of outgoing documents"), this);
    auto *seriesLayout = new QVBoxLayout(seriesBox);
    auto *explain = new QLabel(tr("Each series numbers from 01 on 1 January. A series that lists no types takes every "
                                  "type no other series lists; classified documents have their own series. An "
                                  "advisory body with its own seal gets a series with its own issuer."),
                               seriesBox);
    explain->setWordWrap(true);
    m_series = new QTableWidget(0, SeriesColumns, seriesBox);
    m_series->setObjectName(u"registersSeries"_s);
    m_series->setHorizontalHeaderLabels(
        {tr("Key"), tr("Name"), tr("Types (e.g. QĐ TB)"), tr("Classified"), tr("Own issuer"), tr("Mark")});
    m_series->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_numbering = new QLabel(seriesBox);
    m_numbering->setObjectName(u"registersNumbering"_s);
    m_numbering->setWordWrap(true);
    seriesLayout->addWidget(explain);
    seriesLayout->addWidget(editableTable(m_series, tr("Add a series"), tr("Remove"), seriesBox));
    seriesLayout->addWidget(m_numbering);

    auto *saveButton = new QPushButton(tr("&Save the registers"), this);
    saveButton->setObjectName(u"saveRegistersButton"_s);
    saveButton->setEnabled(session.can(Permission::ManageRegisters));
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"registersMessage"_s);
    showHint(m_message, {});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(officeBox);
    layout->addWidget(seriesBox, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(saveButton, &QPushButton::clicked, this, &RegistersPanel::save);
    load();
}

RegistersPanel::~RegistersPanel() = default;

void RegistersPanel::load()
{
    auto config = m_documents.registerConfig();
    if (!config) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(config.error())});
        return;
    }
    m_issuer->setText(config->issuer);
    m_department->setText(config->defaultDepartment);
    m_departments->setRowCount(0);
    for (const auto &[abbr, name] : config->departments) {
        const int row = m_departments->rowCount();
        m_departments->insertRow(row);
        m_departments->setItem(row, 0, new QTableWidgetItem(abbr));
        m_departments->setItem(row, 1, new QTableWidgetItem(name));
    }
    m_series->setRowCount(0);
    for (const NumberSeries &s : config->series) {
        const int row = m_series->rowCount();
        m_series->insertRow(row);
        m_series->setItem(row, Key, new QTableWidgetItem(s.key));
        m_series->setItem(row, Name, new QTableWidgetItem(s.name));
        m_series->setItem(row, Types, new QTableWidgetItem(s.types.join(u' ')));
        auto *secret = new QTableWidgetItem;
        secret->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        secret->setCheckState(s.secret ? Qt::Checked : Qt::Unchecked);
        m_series->setItem(row, Secret, secret);
        m_series->setItem(row, Issuer, new QTableWidgetItem(s.issuer));
        m_series->setItem(row, Mark, new QTableWidgetItem(s.mark));
    }
    auto here = m_documents.numbersIssuedHere();
    m_numbering->setText(here && *here ? tr("Numbers are issued on this counter: a commune with several counters "
                                            "enrols them with the province, which then allots each its blocks.")
                                       : tr("Numbers come from blocks the province allots this counter, per series."));
}

RegisterConfig RegistersPanel::edited() const
{
    RegisterConfig c;
    c.issuer = m_issuer->text().trimmed();
    c.defaultDepartment = m_department->text().trimmed();
    for (int row = 0; row < m_departments->rowCount(); ++row)
        if (!cell(m_departments, row, 0).isEmpty())
            c.departments.append({cell(m_departments, row, 0), cell(m_departments, row, 1)});
    for (int row = 0; row < m_series->rowCount(); ++row) {
        if (cell(m_series, row, Key).isEmpty() && cell(m_series, row, Name).isEmpty())
            continue;
        NumberSeries s;
        s.key = cell(m_series, row, Key);
        s.name = cell(m_series, row, Name);
        s.types = cell(m_series, row, Types).split(u' ', Qt::SkipEmptyParts);
        const QTableWidgetItem *secret = m_series->item(row, Secret);
        s.secret = secret && secret->checkState() == Qt::Checked;
        s.issuer = cell(m_series, row, Issuer);
        s.mark = cell(m_series, row, Mark);
        c.series.append(s);
    }
    return c;
}

bool RegistersPanel::save()
{
    if (auto r = m_documents.setRegisterConfig(m_session, edited()); !r) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(r.error())});
        return false;
    }
    showHint(m_message, {MessageLevel::Success, tr("Saved. Documents numbered from now on follow these series.")});
    load();
    return true;
}

} // namespace MotCua::Ui
