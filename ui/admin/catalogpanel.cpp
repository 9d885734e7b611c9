#include "ui/admin/catalogpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/domain/text.h"
#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
// What the source says about the time limit: its text, else a short sentence.
QString sourceTime(const Procedure &p)
{
    return p.timeText.isEmpty() ? CatalogPanel::tr("nothing") : p.timeText;
}

// The limit due dates are counted by now, in a few words for the table.
QString usedLimit(const Procedure &p)
{
    if (!p.timeLimit)
        return CatalogPanel::tr("none: due the day received");
    if (p.timeUnit == TimeUnit::Unspecified)
        return CatalogPanel::tr("%n working day(s), assumed", nullptr, *p.timeLimit);
    return ErrorText::timeLimit(p);
}
} // namespace

CatalogPanel::CatalogPanel(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent), m_catalog(store), m_session(session)
{
    setObjectName(u"catalogPanel"_s);
    auto *intro = new QLabel(tr("The procedure catalog comes from the national portal's data, where some time limits "
                                "are missing or have no unit. Until one is set here, a dossier of a procedure with no "
                                "time limit is due the day it is received, and a bare number is counted in working "
                                "days. A time limit set here applies to the dossiers received from then on; those "
                                "already received keep their due date."),
                             this);
    intro->setWordWrap(true);
    m_showAll = new QCheckBox(tr("Show &every procedure"), this);
    m_showAll->setObjectName(u"showAllProcedures"_s);
    m_count = new QLabel(this);
    m_count->setObjectName(u"catalogCount"_s);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"catalogTable"_s);
    m_table->setAccessibleName(tr("Procedures"));
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Procedure"), tr("Field"), tr("Time limit used"), tr("The source says")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_edit = new QPushButton(tr("Set the &time limit…"), this);
    m_edit->setObjectName(u"setTimeLimitButton"_s);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"catalogMessage"_s);
    showHint(m_message, {});

    auto *top = new QHBoxLayout;
    top->addWidget(m_edit);
    top->addWidget(m_showAll);
    top->addStretch(1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_edit, &QPushButton::clicked, this, [this] { editTimeLimit(); });
    connect(m_showAll, &QCheckBox::toggled, this, &CatalogPanel::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CatalogPanel::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] { editTimeLimit(); });
    reload();
    const QFontMetrics fm = fontMetrics();
    m_table->setColumnWidth(CodeColumn, fm.horizontalAdvance(u"0.000000000"_s));
    m_table->setColumnWidth(NameColumn, fm.averageCharWidth() * 60);
    m_table->setColumnWidth(FieldColumn, fm.averageCharWidth() * 22);
    m_table->setColumnWidth(TimeLimitColumn, fm.averageCharWidth() * 30);
}

CatalogPanel::~CatalogPanel() = default;

void CatalogPanel::reload()
{
    const auto selected = selectedProcedure();
    auto procedures = m_catalog.list(!m_showAll->isChecked());
    m_table->setRowCount(0);
    if (!procedures) {
        m_procedures.clear();
        showHint(m_message, {MessageLevel::Error, ErrorText::message(procedures.error())});
        updateButtons();
        return;
    }
    m_procedures = *procedures;
    m_table->setRowCount(int(m_procedures.size()));
    for (int row = 0; row < m_procedures.size(); ++row) {
        const Procedure &p = m_procedures.at(row);
        const QString name = ErrorText::procedureName(p);
        const QStringList cells{p.code, name, p.field, usedLimit(p), sourceTime(p)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == TimeLimitColumn ? ErrorText::timeLimit(p) : cells.at(c));
            if ((c == NameColumn && !p.nameKnown) || (c == TimeLimitColumn && !p.timeLimitKnown()))
                item->setForeground(QColor(0x8a, 0x4b, 0x00));
            m_table->setItem(row, c, item);
        }
        if (selected && p.code == selected->code)
            m_table->selectRow(row);
    }
    m_count->setText(m_showAll->isChecked()
                         ? tr("%n procedure(s)", nullptr, int(m_procedures.size()))
                         : tr("%n procedure(s) without a usable time limit", nullptr, int(m_procedures.size())));
    updateButtons();
}

std::optional<Procedure> CatalogPanel::selectedProcedure() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_procedures.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_procedures.at(row);
}

void CatalogPanel::updateButtons()
{
    m_edit->setEnabled(selectedProcedure().has_value());
}

TimeLimitDialog *CatalogPanel::editTimeLimit()
{
    const auto p = selectedProcedure();
    if (!p)
        return nullptr;
    auto *dialog = new TimeLimitDialog(m_catalog, m_session, *p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        if (const auto &saved = dialog->saved())
            showHint(m_message, {MessageLevel::Success,
                                 tr("%1: the time limit is now %2. Dossiers received from now on are due by it; those "
                                    "already received keep their due date.")
                                     .arg(saved->code, ErrorText::timeLimit(*saved))});
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

TimeLimitDialog::TimeLimitDialog(CatalogService &catalog, const Session &admin, const Procedure &procedure,
                                 QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_admin(admin), m_procedure(procedure)
{
    setObjectName(u"timeLimitDialog"_s);
    setWindowTitle(tr("Time limit of %1").arg(procedure.code));
    auto *title = new QLabel(
        u"<b>%1</b> (%2)"_s.arg(ErrorText::procedureName(procedure).toHtmlEscaped(), procedure.code.toHtmlEscaped()),
        this);
    title->setWordWrap(true);
    // What the source says, so the administrator can read a limit stated in the description.
    QString said = tr("The source says: %1").arg(sourceTime(procedure).toHtmlEscaped());
    if (!procedure.notes.isEmpty())
        said += u"<br><small>"_s + Text::cutAtWord(procedure.notes, 600).toHtmlEscaped() + u"</small>"_s;
    auto *source = new QLabel(said, this);
    source->setObjectName(u"timeLimitSource"_s);
    source->setWordWrap(true);
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_limit = new QSpinBox(this);
    m_limit->setObjectName(u"timeLimitValue"_s);
    m_limit->setAccessibleName(tr("Time limit"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"timeLimitUnit"_s);
    m_unit->setAccessibleName(tr("Unit of the time limit"));
    m_unit->addItem(tr("working days"), int(TimeUnit::WorkingDays));
    m_unit->addItem(tr("days"), int(TimeUnit::Days));
    m_unit->addItem(tr("working hours"), int(TimeUnit::WorkingHours));
    if (procedure.timeUnit == TimeUnit::Days || procedure.timeUnit == TimeUnit::WorkingHours)
        m_unit->setCurrentIndex(m_unit->findData(int(procedure.timeUnit)));
    updateRange();
    m_limit->setValue(procedure.timeLimit.value_or(1));
    connect(m_unit, &QComboBox::currentIndexChanged, this, &TimeLimitDialog::updateRange);

    auto *value = new QHBoxLayout;
    value->addWidget(m_limit);
    value->addWidget(m_unit, 1);
    auto *label = new QLabel(tr("&Time limit:"), this);
    label->setBuddy(m_limit);
    auto *form = new QFormLayout;
    form->addRow(label, value);

    m_message = new MessageLabel(this);
    m_message->setObjectName(u"timeLimitMessage"_s);
    showHint(m_message, {});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TimeLimitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TimeLimitDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(source);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_limit->setFocus();
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 90, sizeHint().height());
}

TimeLimitDialog::~TimeLimitDialog() = default;

void TimeLimitDialog::updateRange()
{
    // The ranges CatalogService::setTimeLimit accepts; it stays the judge.
    const bool hours = TimeUnit(m_unit->currentData().toInt()) == TimeUnit::WorkingHours;
    m_limit->setRange(hours ? 1 : 0, hours ? 2920 : 365);
    m_limit->setSpecialValueText(hours ? QString() : tr("0 (the same day)"));
}

void TimeLimitDialog::accept()
{
    showHint(m_message, {});
    auto result =
        m_catalog.setTimeLimit(m_admin, m_procedure.code, m_limit->value(), TimeUnit(m_unit->currentData().toInt()));
    if (!result) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(result.error())});
        return;
    }
    m_saved = *result;
    QDialog::accept();
}

} // namespace MotCua::Ui
