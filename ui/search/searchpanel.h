#pragma once

#include <QWidget>

#include "core/services/searchservice.h"
#include "core/services/session.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;
class QToolButton;

namespace MotCua::Ui
{

// The one search box of the main window (Ctrl+F, Ctrl+K): as the person types, a popup under the field lists the
// dossiers, applicants and procedures that match, grouped by kind, exact hits (citizen id, dossier code) first and
// the matched words in bold. Up/Down move, Enter opens, Esc closes. SearchService does the searching; typed FTS
// syntax is data there, so nothing typed is ever an error. The popup's Filters button shows a bar of dossier filters
// (state, received from/until, field, procedure, assignee) that combine with the text, and a last "more results"
// row pages through every match, newest first (keyset paging in SearchService).
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    // Item data of the result rows.
    static constexpr int kHitRole = Qt::UserRole;        // int: index into hits(), -1 on a kind header
    static constexpr int kKindRole = Qt::UserRole + 1;   // QString: the kind of the row (headers too)
    static constexpr int kHtmlRole = Qt::UserRole + 2;   // QString: the row as escaped HTML with <b> highlights
    static constexpr int kHeaderRole = Qt::UserRole + 3; // bool: a kind header
    static constexpr int kMoreRole = Qt::UserRole + 4;   // bool: the "more results" row

    SearchPanel(Store &store, const Session &session, QWidget *parent = nullptr);
    ~SearchPanel() override;

    QLineEdit *edit() const { return m_edit; }
    QListWidget *results() const { return m_list; }
    QFrame *popup() const { return m_popup; }
    bool isPopupVisible() const;
    const QList<SearchHit> &hits() const { return m_hits; }
    // The hit of the selected row, or nullptr.
    const SearchHit *currentHit() const;
    // The error of the last search (a store failure), or empty. What a person types is never an error.
    const QString &lastError() const { return m_lastError; }

    // Focuses the field and selects its text (Ctrl+F, Ctrl+K); the popup reopens when there is text.
    void activate();
    // Runs the pending search now instead of after the typing pause.
    void searchNow();
    // Opens the selected result (what Enter does).
    void openCurrent();
    void closePopup();

    // `snippet` with SearchQuery::open/close markers `open`/`close`, as HTML: everything escaped, the marked parts
    // in <b>. Never passes typed or stored text through as markup.
    static QString highlightHtml(const QString &snippet, const QString &open, const QString &close);
    // The header of a kind of result: "Dossiers", "Applicants", "Procedures".
    static QString kindTitle(const QString &kind);

    // The filter bar (inside the popup, created with it) and how many of its filters are set.
    QWidget *filterBar() const { return m_filterBar; }
    int activeFilterCount() const;
    // Loads the next page of every match (what the "more results" row does).
    void loadMore();

signals:
    void dossierActivated(const QString &code);
    void applicantActivated(const QString &applicantId, const QString &name);
    void procedureActivated(const QString &code);
    // An attachment of a document (incoming, outgoing): the window opens its record. (One of a dossier opens the
    // dossier: dossierActivated.)
    void attachmentActivated(const QString &ownerEntity, const QString &ownerId, const QString &attachmentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void ensurePopup();
    void runSearch();
    void fill(const SearchResult &result);
    void showRows(int selectHit);
    QWidget *createFilterBar(QWidget *parent);
    SearchQuery currentQuery() const;
    void filtersChanged();
    void updateFilterButton();
    void showMessage(const QString &text);
    void placePopup();
    void moveSelection(int step);
    void activateRow(QListWidgetItem *item);

    Store &m_store;
    SearchService m_service;
    Session m_session;
    QLineEdit *m_edit = nullptr;
    QTimer *m_timer = nullptr;
    QFrame *m_popup = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_keysHint = nullptr;
    QList<QCheckBox *> m_kindBoxes;
    QToolButton *m_filterButton = nullptr;
    QWidget *m_filterBar = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QDateEdit *m_fromFilter = nullptr;
    QDateEdit *m_untilFilter = nullptr;
    QComboBox *m_fieldFilter = nullptr;
    QComboBox *m_procedureFilter = nullptr;
    QComboBox *m_assigneeFilter = nullptr;
    bool m_paged = false;    // showing every match page by page (after "more results")
    qint64 m_nextBefore = 0; // the keyset cursor of the next page
    bool m_moreAvailable = false;
    QWidget *m_window = nullptr; // where the popup lives (this panel's top-level window)
    QList<SearchHit> m_hits;
    QString m_lastQuery;
    QString m_lastError;
};

} // namespace MotCua::Ui
