#pragma once

#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfView;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace MotCua::Ui
{

// Shows a PDF (QtPdf: one page at a time, previous/next and a page number, zoom in/out, fit to width) or an image
// (scaled, the same zoom), read-only, inside the window: the attachments of a record and the scans of the hot folder
// are looked at without another program. A file it cannot show says so in a sentence instead.
class PreviewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewWidget)

public:
    explicit PreviewWidget(QWidget *parent = nullptr);
    ~PreviewWidget() override;

    // Shows the file (`mime` as the store knows it: application/pdf, image/png, image/jpeg, image/tiff; empty: by its
    // first bytes). Returns false, with a sentence shown, when it cannot be shown.
    bool showFile(const QString &path, const QString &mime = {});
    // Nothing shown (`message` in its place, or a default sentence).
    void clear(const QString &message = {});

    // What is shown: "pdf", "image" or "" (nothing, or the sentence).
    QString showing() const;
    int pageCount() const;
    int currentPage() const; // from 0
    void goToPage(int page);
    qreal zoom() const; // 1.0 = 100 %
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void fitWidth();
    QString message() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    // The PDF view's width changes what "fit to width" is: the zoom shown follows it.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateControls();
    void applyImageZoom();

    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QPdfView *m_pdfView = nullptr;
    QScrollArea *m_imageArea = nullptr;
    QLabel *m_image = nullptr;
    QImage *m_original = nullptr;
    QToolButton *m_prev = nullptr;
    QToolButton *m_next = nullptr;
    QSpinBox *m_page = nullptr;
    QLabel *m_pageCount = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_fit = nullptr;
    QLabel *m_zoomLabel = nullptr;
    qreal m_zoom = 1.0;
    bool m_fitWidth = true;
};

} // namespace MotCua::Ui
