#include "ui/documents/registerprintdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/store/store.h"
#include "core/util/log.h"
#include "ui/documents/registerprint.h"
#include "ui/shell/errortext.h"
#include "ui/shell/messagelabel.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{

template <typename Paint> bool preview(QWidget *parent, const QString &title, const QString &docName, Paint paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setDocName(docName);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(u"registerPreviewDialog"_s);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        target->setFullPage(true);
        if (auto r = paint(*target); !r) {
            static const auto log = Log::get("ui");
            log->warn("register not rendered: {}", r.error().message.toStdString());
        }
    });
    return dialog.exec() == QDialog::Accepted;
}

QString kindTitle(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Incoming:
        return RegisterPrintDialog::tr("Incoming register");
    case RegisterKind::Outgoing:
        return RegisterPrintDialog::tr("Outgoing register");
    case RegisterKind::FollowUp:
        return RegisterPrintDialog::tr("Incoming follow-up register");
    }
    return {};
}

} // namespace

bool previewRegisterSheet(QWidget *parent, const RegisterSheet &sheet)
{
    return preview(parent, RegisterPrintDialog::tr("Print preview: %1").arg(kindTitle(sheet.kind)),
                   registerPdfName(sheet.kind, sheet.range),
                   [&sheet](QPrinter &p) { return RegisterRenderer::renderRegister(p, sheet); });
}

bool previewActionSlip(QWidget *parent, const ActionSlipData &data)
{
    return preview(parent, RegisterPrintDialog::tr("Print preview: action slip"), actionSlipPdfName(data.document),
                   [&data](QPrinter &p) { return RegisterRenderer::renderActionSlip(p, data); });
}

bool saveActionSlipAs(QWidget *parent, Store &store, const QString &incomingId)
{
    auto data = loadActionSlip(store, incomingId);
    if (!data) {
        QMessageBox::warning(parent, RegisterPrintDialog::tr("Action slip"), ErrorText::message(data.error()));
        return false;
    }
    const QString path = QFileDialog::getSaveFileName(parent, RegisterPrintDialog::tr("Save as PDF"),
                                                      QDir::home().filePath(actionSlipPdfName(data->document)),
                                                      RegisterPrintDialog::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (auto r = writeActionSlipPdf(*data, path); !r) {
        QMessageBox::warning(parent, RegisterPrintDialog::tr("Save as PDF"), ErrorText::message(r.error()));
        return false;
    }
    return true;
}

RegisterPrintDialog::RegisterPrintDialog(Store &store, RegisterKind kind, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(u"registerPrintDialog"_s);
    setWindowTitle(tr("Print a register"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"registerKindCombo"_s);
    m_kind->setAccessibleName(tr("Register"));
    for (RegisterKind k : {RegisterKind::Incoming, RegisterKind::Outgoing, RegisterKind::FollowUp})
        m_kind->addItem(kindTitle(k), registerKindKey(k));
    const int year = QDate::currentDate().year();
    m_year = new QSpinBox(this);
    m_year->setObjectName(u"yearSpin"_s);
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(2000, 9999);
    m_year->setValue(year);
    m_useRange = new QCheckBox(tr("&Only from"), this);
    m_useRange->setObjectName(u"rangeCheck"_s);
    m_from = new QDateEdit(QDate(year, 1, 1), this);
    m_from->setObjectName(u"fromEdit"_s);
    m_from->setAccessibleName(tr("First day"));
    m_until = new QDateEdit(QDate(year, 12, 31), this);
    m_until->setObjectName(u"untilEdit"_s);
    m_until->setAccessibleName(tr("Last day"));
    for (QDateEdit *e : {m_from, m_until}) {
        e->setDisplayFormat(u"dd/MM/yyyy"_s);
        e->setCalendarPopup(true);
        e->setEnabled(false);
        connect(m_useRange, &QCheckBox::toggled, e, &QWidget::setEnabled);
    }
    connect(m_year, &QSpinBox::valueChanged, this, [this](int y) {
        m_from->setDate(QDate(y, m_from->date().month(), 1));
        m_until->setDate(QDate(y, 12, 31));
    });
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_useRange);
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(tr("until"), this));
    rangeRow->addWidget(m_until);
    m_series = new QComboBox(this);
    m_series->setObjectName(u"seriesCombo"_s);
    m_series->setAccessibleName(tr("Number series"));
    m_series->addItem(tr("Every series (one book each)"), QString());
    if (auto config = DocumentService(m_store).registerConfig()) {
        for (const NumberSeries &s : std::as_const(config->series))
            m_series->addItem(s.name, s.key);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RegisterPrintDialog::updateSeries);

    m_message = new MessageLabel(this);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Register:"), m_kind);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("Dates:"), rangeRow);
    form->addRow(tr("&Series:"), m_series);
    for (QWidget *w :
         {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_year), static_cast<QWidget *>(m_series)}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(w)))
            label->setBuddy(w);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = buttons->addButton(tr("&Preview…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(u"previewButton"_s);
    previewButton->setDefault(true);
    QPushButton *saveButton = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(u"savePdfButton"_s);
    connect(previewButton, &QPushButton::clicked, this, &RegisterPrintDialog::preview);
    connect(saveButton, &QPushButton::clicked, this, &RegisterPrintDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegisterPrintDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setKind(kind);
}

RegisterPrintDialog::~RegisterPrintDialog() = default;

RegisterKind RegisterPrintDialog::kind() const
{
    return registerKindFromKey(m_kind->currentData().toString()).value_or(RegisterKind::Incoming);
}

void RegisterPrintDialog::setKind(RegisterKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(registerKindKey(kind)));
    updateSeries();
}

RegisterRange RegisterPrintDialog::range() const
{
    RegisterRange r;
    r.year = m_year->value();
    if (m_useRange->isChecked()) {
        r.from = m_from->date();
        r.until = m_until->date();
    }
    if (kind() == RegisterKind::Outgoing)
        r.series = m_series->currentData().toString();
    return r;
}

void RegisterPrintDialog::setRange(const RegisterRange &range)
{
    m_year->setValue(range.year);
    m_useRange->setChecked(range.from.isValid() || range.until.isValid());
    if (range.from.isValid())
        m_from->setDate(range.from);
    if (range.until.isValid())
        m_until->setDate(range.until);
    const int s = m_series->findData(range.series);
    m_series->setCurrentIndex(s < 0 ? 0 : s);
}

void RegisterPrintDialog::updateSeries()
{
    m_series->setEnabled(kind() == RegisterKind::Outgoing);
}

void RegisterPrintDialog::preview()
{
    auto sheet = loadRegisterSheet(m_store, kind(), range());
    if (!sheet) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(sheet.error())});
        m_message->show();
        return;
    }
    m_message->hide();
    previewRegisterSheet(this, *sheet);
}

bool RegisterPrintDialog::saveTo(const QString &path)
{
    if (auto r = printRegister(m_store, kind(), range(), path); !r) {
        showHint(m_message, {MessageLevel::Error, ErrorText::message(r.error())});
        m_message->show();
        return false;
    }
    showHint(m_message, {MessageLevel::Success, tr("Saved as %1").arg(QDir::toNativeSeparators(path))});
    m_message->show();
    return true;
}

void RegisterPrintDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), QDir::home().filePath(registerPdfName(kind(), range())), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path);
}

} // namespace MotCua::Ui
