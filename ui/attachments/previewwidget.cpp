#include "ui/attachments/previewwidget.h"

#include "core/attachments/attachmentservice.h"

#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 8.0;
constexpr qreal kZoomStep = 1.25;

QToolButton *toolButton(QWidget *parent, const QString &name, const QString &text, const QString &tip,
                        QStyle::StandardPixmap icon = QStyle::SP_CustomBase)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    if (icon != QStyle::SP_CustomBase) {
        b->setIcon(parent->style()->standardIcon(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    return b;
}
} // namespace

PreviewWidget::PreviewWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"attachmentPreview"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    m_prev = toolButton(this, u"previewPrevious"_s, tr("Previous"), tr("Previous page"), QStyle::SP_ArrowBack);
    m_next = toolButton(this, u"previewNext"_s, tr("Next"), tr("Next page"), QStyle::SP_ArrowForward);
    m_page = new QSpinBox(this);
    m_page->setObjectName(u"previewPage"_s);
    m_page->setAccessibleName(tr("Page number"));
    m_page->setMinimum(1);
    m_pageCount = new QLabel(this);
    m_pageCount->setObjectName(u"previewPageCount"_s);
    m_zoomOut = toolButton(this, u"previewZoomOut"_s, tr("−"), tr("Zoom out"));
    m_zoomIn = toolButton(this, u"previewZoomIn"_s, tr("+"), tr("Zoom in"));
    m_fit = toolButton(this, u"previewFitWidth"_s, tr("Fit width"), tr("Fit the page to the width"));
    m_fit->setCheckable(true);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(u"previewZoom"_s);
    m_prev->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    bar->addWidget(m_prev);
    bar->addWidget(m_page);
    bar->addWidget(m_pageCount);
    bar->addWidget(m_next);
    bar->addStretch();
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fit);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_message = new QLabel(this);
    m_message->setObjectName(u"previewMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack->addWidget(m_message);

    m_pdf = new QPdfDocument(this);
    m_pdfView = new QPdfView(this);
    m_pdfView->setObjectName(u"previewPdf"_s);
    m_pdfView->setAccessibleName(tr("Document preview"));
    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::SinglePage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_stack->addWidget(m_pdfView);

    m_imageArea = new QScrollArea(this);
    m_imageArea->setObjectName(u"previewImageArea"_s);
    m_imageArea->setAlignment(Qt::AlignCenter);
    m_imageArea->setBackgroundRole(QPalette::Dark);
    m_image = new QLabel(m_imageArea);
    m_image->setObjectName(u"previewImage"_s);
    m_image->setAccessibleName(tr("Image preview"));
    m_imageArea->setWidget(m_image);
    m_stack->addWidget(m_imageArea);
    layout->addWidget(m_stack, 1);

    connect(m_prev, &QToolButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    connect(m_page, &QSpinBox::valueChanged, this, [this](int value) {
        if (value - 1 != currentPage())
            goToPage(value - 1);
    });
    connect(m_zoomIn, &QToolButton::clicked, this, &PreviewWidget::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &PreviewWidget::zoomOut);
    connect(m_fit, &QToolButton::clicked, this, &PreviewWidget::fitWidth);
    connect(m_pdfView->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, &PreviewWidget::updateControls);
    connect(m_pdfView, &QPdfView::zoomFactorChanged, this, &PreviewWidget::updateControls);
    m_pdfView->viewport()->installEventFilter(this);
    clear();
}

PreviewWidget::~PreviewWidget()
{
    delete m_original;
}

void PreviewWidget::clear(const QString &message)
{
    m_pdfView->setDocument(nullptr);
    m_pdf->close();
    m_pdfView->setDocument(m_pdf);
    delete m_original;
    m_original = nullptr;
    m_image->clear();
    m_message->setText(message.isEmpty() ? tr("Choose a file to see it here.") : message);
    m_stack->setCurrentWidget(m_message);
    updateControls();
}

bool PreviewWidget::showFile(const QString &path, const QString &mimeGiven)
{
    QString mime = mimeGiven;
    if (mime.isEmpty()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            mime = AttachmentService::mimeOf(f.read(1024));
    }
    clear();
    if (mime == u"application/pdf") {
        const QPdfDocument::Error error = m_pdf->load(path);
        if (error != QPdfDocument::Error::None || m_pdf->pageCount() == 0) {
            clear(error == QPdfDocument::Error::IncorrectPassword
                      ? tr("This PDF is protected by a password, so it cannot be shown here.")
                      : tr("This PDF cannot be shown: it is damaged or not a PDF after all."));
            return false;
        }
        m_fitWidth = true;
        m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        m_stack->setCurrentWidget(m_pdfView);
        m_pdfView->pageNavigator()->jump(0, {}, 0);
        updateControls();
        return true;
    }
    if (mime.startsWith(u"image/")) {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        QImage image = reader.read();
        if (image.isNull()) {
            clear(mime == u"image/tiff"
                      ? tr("TIFF images cannot be shown on this computer (the Qt image formats are not installed); "
                           "the file is kept all the same.")
                      : tr("This image cannot be shown: it is damaged."));
            return false;
        }
        m_original = new QImage(std::move(image));
        m_fitWidth = true;
        m_stack->setCurrentWidget(m_imageArea);
        applyImageZoom();
        updateControls();
        return true;
    }
    clear(tr("This file is neither a PDF nor an image, so there is no preview."));
    return false;
}

QString PreviewWidget::showing() const
{
    if (m_stack->currentWidget() == m_pdfView)
        return u"pdf"_s;
    if (m_stack->currentWidget() == m_imageArea)
        return u"image"_s;
    return {};
}

QString PreviewWidget::message() const
{
    return showing().isEmpty() ? m_message->text() : QString();
}

int PreviewWidget::pageCount() const
{
    if (showing() == u"pdf")
        return m_pdf->pageCount();
    return showing() == u"image" ? 1 : 0;
}

int PreviewWidget::currentPage() const
{
    return showing() == u"pdf" ? m_pdfView->pageNavigator()->currentPage() : 0;
}

void PreviewWidget::goToPage(int page)
{
    if (showing() != u"pdf")
        return;
    page = std::clamp(page, 0, m_pdf->pageCount() - 1);
    if (page != currentPage())
        m_pdfView->pageNavigator()->jump(page, {}, 0);
    updateControls();
}

qreal PreviewWidget::zoom() const
{
    if (showing() != u"pdf")
        return m_zoom;
    if (!m_fitWidth)
        return m_pdfView->zoomFactor();
    // QPdfView keeps its own factor while it fits the width: the one it uses is the width it has over the page's
    // (points at the screen's resolution).
    const QSizeF points = m_pdf->pagePointSize(currentPage());
    const QMargins margins = m_pdfView->documentMargins();
    const qreal pageWidth = points.width() * m_pdfView->logicalDpiX() / 72.0;
    if (pageWidth <= 0)
        return 1.0;
    return qreal(m_pdfView->viewport()->width() - margins.left() - margins.right()) / pageWidth;
}

void PreviewWidget::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    m_fitWidth = false;
    if (showing() == u"pdf") {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdfView->setZoomFactor(zoom);
    } else {
        m_zoom = zoom;
        applyImageZoom();
    }
    updateControls();
}

void PreviewWidget::zoomIn()
{
    setZoom(zoom() * kZoomStep);
}

void PreviewWidget::zoomOut()
{
    setZoom(zoom() / kZoomStep);
}

void PreviewWidget::fitWidth()
{
    m_fitWidth = true;
    if (showing() == u"pdf")
        m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    else
        applyImageZoom();
    updateControls();
}

void PreviewWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitWidth && showing() == u"image")
        applyImageZoom();
    updateControls();
}

bool PreviewWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pdfView->viewport() && event->type() == QEvent::Resize && m_fitWidth)
        updateControls();
    return QWidget::eventFilter(watched, event);
}

void PreviewWidget::applyImageZoom()
{
    if (!m_original)
        return;
    if (m_fitWidth) {
        const int width = std::max(50, m_imageArea->viewport()->width() - 4);
        m_zoom = std::clamp(qreal(width) / std::max(1, m_original->width()), kMinZoom, kMaxZoom);
    }
    const QSize size = (QSizeF(m_original->size()) * m_zoom).toSize();
    m_image->setPixmap(QPixmap::fromImage(m_original->scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_image->resize(size);
}

void PreviewWidget::updateControls()
{
    const QString what = showing();
    const bool pdf = what == u"pdf";
    const int pages = pageCount();
    m_prev->setEnabled(pdf && currentPage() > 0);
    m_next->setEnabled(pdf && currentPage() + 1 < pages);
    m_page->setEnabled(pdf && pages > 1);
    {
        const QSignalBlocker block(m_page);
        m_page->setMaximum(std::max(1, pages));
        m_page->setValue(currentPage() + 1);
    }
    m_pageCount->setText(pages > 0 ? tr("of %1").arg(pages) : QString());
    const bool any = !what.isEmpty();
    m_zoomIn->setEnabled(any);
    m_zoomOut->setEnabled(any);
    m_fit->setEnabled(any);
    m_fit->setChecked(any && m_fitWidth);
    m_zoomLabel->setText(any ? tr("%1 %").arg(qRound(zoom() * 100)) : QString());
}

} // namespace MotCua::Ui
