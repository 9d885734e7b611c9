#include "searchpanel.h"

#include <algorithm>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include "errortext.h"
#include "store/searchindex.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
constexpr int kDelayMs = 120; // the typing pause before a search
constexpr int kPerKind = 8;   // rows per kind in the popup
constexpr int kMaxVisibleRows = 18;
// Highlight markers no one types: private-use code points, replaced by <b> after the text is escaped.
const QString kOpen = QString(QChar(0xE000));
const QString kClose = QString(QChar(0xE001));

QString stripMarkers(QString text)
{
    return text.remove(kOpen).remove(kClose);
}

// Paints a row's HTML (kHtmlRole) with the palette of its state; kind headers in bold on a quiet background.
class ResultDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const bool header = index.data(SearchPanel::kHeaderRole).toBool();
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        if (header) {
            painter->fillRect(opt.rect, opt.palette.alternateBase());
            painter->setPen(QPen(opt.palette.mid().color()));
            painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
        } else {
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        }
        QTextDocument doc;
        setUp(doc, opt, index);
        const QColor text = (opt.state & QStyle::State_Selected) && !header
                                ? opt.palette.color(QPalette::Active, QPalette::HighlightedText)
                                : opt.palette.color(QPalette::Active, QPalette::Text);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        context.palette.setColor(QPalette::Text, text);
        const int margin = margins(opt);
        painter->save();
        painter->translate(opt.rect.left() + margin, opt.rect.top() + (opt.rect.height() - doc.size().height()) / 2);
        painter->setClipRect(QRectF(0, 0, opt.rect.width() - 2 * margin, opt.rect.height()));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        QTextDocument doc;
        setUp(doc, opt, index);
        const int pad =
            index.data(SearchPanel::kHeaderRole).toBool() ? opt.fontMetrics.height() / 4 : opt.fontMetrics.height() / 3;
        return {int(doc.idealWidth()) + 2 * margins(opt), int(doc.size().height()) + 2 * pad};
    }

private:
    static int margins(const QStyleOptionViewItem &opt) { return opt.fontMetrics.averageCharWidth(); }

    static void setUp(QTextDocument &doc, const QStyleOptionViewItem &opt, const QModelIndex &index)
    {
        QFont font = opt.font;
        if (index.data(SearchPanel::kHeaderRole).toBool()) {
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 0.95);
        }
        doc.setDefaultFont(font);
        doc.setDocumentMargin(0);
        QTextOption textOption = doc.defaultTextOption();
        textOption.setWrapMode(QTextOption::NoWrap);
        doc.setDefaultTextOption(textOption);
        doc.setHtml(index.data(SearchPanel::kHtmlRole).toString());
    }
};
} // namespace

SearchPanel::SearchPanel(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent), m_service(store), m_session(session), m_edit(new QLineEdit(this)), m_timer(new QTimer(this))
{
    setObjectName(u"searchPanel"_s);
    m_edit->setObjectName(u"globalSearch"_s);
    m_edit->setAccessibleName(tr("Search dossiers, applicants and procedures"));
    m_edit->setPlaceholderText(tr("Search: code, name, citizen ID, procedure… (Ctrl+K)"));
    m_edit->setToolTip(tr("Search dossiers, applicants and procedures (Ctrl+F, Ctrl+K). Diacritics are optional."));
    m_edit->setClearButtonEnabled(true);
    const QFontMetrics fm = m_edit->fontMetrics();
    m_edit->setMinimumWidth(fm.averageCharWidth() * 40);
    m_edit->setMaximumWidth(fm.averageCharWidth() * 90);
    // Centred in the width it is given (the main window's tool bar), like a command palette.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addWidget(m_edit, 4);
    layout->addStretch(1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_edit, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_timer->stop();
            closePopup();
            m_lastQuery.clear();
        }
    });
    connect(m_timer, &QTimer::timeout, this, &SearchPanel::runSearch);
    // One filter on the application sees the field's keys, the window's resizes (to keep the popup in place) and
    // Ctrl+K in other text fields, where it would delete to the end of the line (X11 and macOS key bindings).
    qApp->installEventFilter(this);
}

SearchPanel::~SearchPanel() = default;

QString SearchPanel::kindTitle(const QString &kind)
{
    if (kind == SearchIndex::Dossier)
        return tr("Dossiers");
    if (kind == SearchIndex::Applicant)
        return tr("Applicants");
    if (kind == SearchIndex::Procedure)
        return tr("Procedures");
    return kind;
}

QString SearchPanel::highlightHtml(const QString &snippet, const QString &open, const QString &close)
{
    QString html;
    html.reserve(snippet.size() + 16);
    qsizetype pos = 0;
    bool inside = false;
    while (pos < snippet.size()) {
        const QString &marker = inside ? close : open;
        const qsizetype at = marker.isEmpty() ? -1 : snippet.indexOf(marker, pos);
        const qsizetype end = at < 0 ? snippet.size() : at;
        html += snippet.mid(pos, end - pos).toHtmlEscaped();
        if (at < 0)
            break;
        html += inside ? u"</b>"_s : u"<b>"_s;
        inside = !inside;
        pos = at + marker.size();
    }
    if (inside)
        html += u"</b>"_s;
    return html;
}

void SearchPanel::ensurePopup()
{
    QWidget *window = this->window();
    if (m_popup && m_window == window)
        return;
    delete m_popup;
    m_window = window;

    // A child of the window laid over its content, not a separate popup window: the field keeps the keyboard focus
    // and the typing goes on while the results change.
    m_popup = new QFrame(window);
    m_popup->setObjectName(u"searchPopup"_s);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_popup->setAutoFillBackground(true);
    m_popup->setBackgroundRole(QPalette::Base);
    m_popup->setFocusPolicy(Qt::NoFocus);

    m_list = new QListWidget(m_popup);
    m_list->setObjectName(u"searchResults"_s);
    m_list->setAccessibleName(tr("Search results"));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setItemDelegate(new ResultDelegate(m_list));
    m_list->setUniformItemSizes(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMouseTracking(true);
    connect(m_list, &QListWidget::itemClicked, this, &SearchPanel::activateRow);

    m_message = new QLabel(m_popup);
    m_message->setObjectName(u"searchMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(fontMetrics().averageCharWidth());

    auto *footer = new QFrame(m_popup);
    footer->setAutoFillBackground(true);
    footer->setBackgroundRole(QPalette::Window);
    auto *footerLayout = new QHBoxLayout(footer);
    footerLayout->setContentsMargins(fontMetrics().averageCharWidth(), 2, fontMetrics().averageCharWidth(), 2);
    auto *showLabel = new QLabel(tr("Show:"), footer);
    footerLayout->addWidget(showLabel);
    for (const QString &kind : {SearchIndex::Dossier, SearchIndex::Applicant, SearchIndex::Procedure}) {
        auto *box = new QCheckBox(kindTitle(kind), footer);
        box->setObjectName(u"searchKind_"_s + kind);
        box->setProperty("kind", kind);
        box->setChecked(true);
        box->setFocusPolicy(Qt::NoFocus); // the field keeps the focus
        connect(box, &QCheckBox::toggled, this, [this] {
            m_lastQuery.clear();
            searchNow();
            m_edit->setFocus();
        });
        footerLayout->addWidget(box);
        m_kindBoxes.append(box);
    }
    footerLayout->addStretch(1);
    m_keysHint = new QLabel(tr("↑↓ choose · Enter open · Esc close"), footer);
    m_keysHint->setForegroundRole(QPalette::PlaceholderText);
    footerLayout->addWidget(m_keysHint);

    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(footer);
    m_popup->hide();
}

bool SearchPanel::isPopupVisible() const
{
    return m_popup && m_popup->isVisible();
}

const SearchHit *SearchPanel::currentHit() const
{
    if (!m_list || !m_list->currentItem())
        return nullptr;
    const int i = m_list->currentItem()->data(kHitRole).toInt();
    return i >= 0 && i < m_hits.size() ? &m_hits.at(i) : nullptr;
}

void SearchPanel::activate()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    if (!m_edit->text().trimmed().isEmpty())
        searchNow();
}

void SearchPanel::searchNow()
{
    m_timer->stop();
    runSearch();
}

void SearchPanel::closePopup()
{
    if (m_popup)
        m_popup->hide();
}

void SearchPanel::runSearch()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        closePopup();
        return;
    }
    ensurePopup();
    SearchQuery query;
    query.text = text;
    query.limit = kPerKind;
    query.open = kOpen;
    query.close = kClose;
    for (const QCheckBox *box : std::as_const(m_kindBoxes)) {
        if (box->isChecked())
            query.kinds.append(box->property("kind").toString());
    }
    const QString key = text + u'\x1f' + query.kinds.join(u',');
    if (key == m_lastQuery && isPopupVisible())
        return;
    m_lastQuery = key;
    m_lastError.clear();
    if (query.kinds.isEmpty()) {
        m_hits.clear();
        m_list->clear();
        showMessage(tr("Tick at least one kind of record to search."));
    } else if (auto result = m_service.search(m_session, query); result) {
        fill(*result);
    } else {
        m_hits.clear();
        m_list->clear();
        m_lastError = result.error().message;
        showMessage(tr("Search is not available: %1").arg(ErrorText::message(result.error())));
    }
    placePopup();
    m_popup->show();
    m_popup->raise();
}

void SearchPanel::fill(const SearchResult &result)
{
    m_hits = result.hits;
    m_list->setUpdatesEnabled(false);
    m_list->clear();
    QString kind;
    int firstHitRow = -1;
    for (int i = 0; i < m_hits.size(); ++i) {
        const SearchHit &hit = m_hits.at(i);
        if (hit.kind != kind) {
            kind = hit.kind;
            auto *header = new QListWidgetItem(m_list);
            header->setFlags(Qt::ItemIsEnabled);
            header->setData(kHitRole, -1);
            header->setData(kKindRole, kind);
            header->setData(kHeaderRole, true);
            header->setData(kHtmlRole, kindTitle(kind).toHtmlEscaped());
            header->setText(kindTitle(kind));
        }
        const QString plainSnippet = stripMarkers(hit.snippet);
        // The title, then (when the words matched elsewhere) the highlighted snippet under it in small print. The
        // "exact match" tag follows the title, where it is never cut off.
        const QString exact =
            hit.exact ? u"&nbsp;&nbsp;<small><i>"_s + tr("exact match").toHtmlEscaped() + u"</i></small>"_s : QString();
        QString html;
        if (plainSnippet == hit.title || hit.title.isEmpty())
            html = highlightHtml(hit.snippet, kOpen, kClose) + exact;
        else
            html = hit.title.toHtmlEscaped() + exact + u"<br><small>"_s + highlightHtml(hit.snippet, kOpen, kClose) +
                   u"</small>"_s;
        auto *item = new QListWidgetItem(m_list);
        item->setData(kHitRole, i);
        item->setData(kKindRole, hit.kind);
        item->setData(kHeaderRole, false);
        item->setData(kHtmlRole, html);
        item->setText(hit.title); // for accessibility and keyboard search
        item->setToolTip(plainSnippet);
        if (firstHitRow < 0)
            firstHitRow = m_list->count() - 1;
    }
    m_list->setUpdatesEnabled(true);
    if (firstHitRow >= 0) {
        m_list->setCurrentRow(firstHitRow);
        m_list->scrollToTop();
        showMessage({});
    } else {
        //: The search popup when nothing matches what was typed
        showMessage(tr("Nothing matches \"%1\".").arg(m_edit->text().trimmed()));
    }
}

void SearchPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_list->setVisible(m_list->count() > 0);
}

void SearchPanel::placePopup()
{
    if (!m_popup || !m_window)
        return;
    const QFontMetrics fm = fontMetrics();
    const QRect area = m_window->rect();
    const QPoint below = m_edit->mapTo(m_window, QPoint(0, m_edit->height()));
    int width = std::max(m_edit->width(), fm.averageCharWidth() * 110);
    width = std::min(width, area.width() - 8);
    // Centred under the field, inside the window.
    int x = below.x() + m_edit->width() / 2 - width / 2;
    x = std::clamp(x, 4, std::max(4, area.right() - width - 4));
    int listHeight = 0;
    if (m_list->isVisibleTo(m_popup) || m_list->count() > 0) {
        for (int row = 0; row < m_list->count() && row < kMaxVisibleRows; ++row)
            listHeight += m_list->sizeHintForRow(row);
        listHeight += 2 * m_list->frameWidth();
    }
    m_popup->setFixedWidth(width);
    m_list->setFixedHeight(listHeight);
    m_popup->adjustSize();
    const int maxHeight = area.bottom() - below.y() - 8;
    if (const int height = m_popup->sizeHint().height(); height > maxHeight)
        m_list->setFixedHeight(std::max(fm.height() * 3, listHeight - (height - maxHeight)));
    m_popup->setGeometry(x, below.y() + 1, width, std::min(m_popup->sizeHint().height(), maxHeight));
}

void SearchPanel::moveSelection(int step)
{
    if (!m_list || m_list->count() == 0)
        return;
    int row = m_list->currentRow();
    const int n = m_list->count();
    for (int tries = 0; tries < n; ++tries) {
        row += step;
        if (row < 0 || row >= n)
            return; // stay on the first or last result
        if (!m_list->item(row)->data(kHeaderRole).toBool()) {
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
            if (step < 0 && row > 0 && m_list->item(row - 1)->data(kHeaderRole).toBool())
                m_list->scrollToItem(m_list->item(row - 1)); // keep the kind's header in view
            return;
        }
    }
}

void SearchPanel::openCurrent()
{
    if (!m_list)
        return;
    activateRow(m_list->currentItem());
}

void SearchPanel::activateRow(QListWidgetItem *item)
{
    if (!item)
        return;
    const int i = item->data(kHitRole).toInt();
    if (i < 0 || i >= m_hits.size())
        return;
    const SearchHit hit = m_hits.at(i);
    closePopup();
    if (hit.kind == SearchIndex::Dossier)
        emit dossierActivated(hit.code);
    else if (hit.kind == SearchIndex::Applicant)
        emit applicantActivated(hit.id, hit.title);
    else if (hit.kind == SearchIndex::Procedure)
        emit procedureActivated(hit.code.isEmpty() ? hit.id : hit.code);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && watched != m_edit) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_K) && widget &&
            widget->window() == window() && qobject_cast<QLineEdit *>(widget))
            return true; // not accepted: the shortcut goes to the window's search action
    }
    if (watched == m_edit) {
        switch (event->type()) {
        case QEvent::KeyPress: {
            const auto *key = static_cast<QKeyEvent *>(event);
            switch (key->key()) {
            case Qt::Key_Down:
            case Qt::Key_Up:
            case Qt::Key_PageDown:
            case Qt::Key_PageUp: {
                if (!isPopupVisible()) {
                    if (m_edit->text().trimmed().isEmpty())
                        return false;
                    m_lastQuery.clear();
                    searchNow();
                    return true;
                }
                const bool page = key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp;
                const int step = (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) ? 1 : -1;
                for (int i = 0; i < (page ? 5 : 1); ++i)
                    moveSelection(step);
                return true;
            }
            case Qt::Key_Return:
            case Qt::Key_Enter:
                if (m_timer->isActive() || !isPopupVisible())
                    searchNow(); // Enter right after typing: open what the full text finds
                openCurrent();
                return true;
            case Qt::Key_Escape:
                if (isPopupVisible()) {
                    closePopup();
                    return true;
                }
                if (!m_edit->text().isEmpty()) {
                    m_edit->clear();
                    return true;
                }
                return false;
            default:
                break;
            }
            break;
        }
        case QEvent::FocusOut:
            // Clicking a result does not take the focus (the list has none), so leaving the field closes the popup.
            closePopup();
            break;
        default:
            break;
        }
    } else if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)) {
        if (isPopupVisible())
            placePopup();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace MotCua::Ui
