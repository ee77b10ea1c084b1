#include "ui/guessmarks.h"

#include "core/document.h"
#include "ui/momentedit.h"

#include <QDateEdit>
#include <QEvent>
#include <QIcon>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QTabWidget>

#include <algorithm>

namespace Hindsight {

namespace {

/// The marks' colour: amber, dark enough to stand out on a light window and light enough on a
/// dark one (the window colour's lightness decides).
QColor warningColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xd8, 0xa0, 0x3a)
                                                             : QColor(0xb0, 0x6a, 0x00);
}

/// A frame around a marked editor: a sibling widget above it, a pixel larger, that lets
/// every mouse event through to the editor and follows its geometry and visibility.
class GuessFrame : public QWidget
{
public:
    explicit GuessFrame(QWidget *editor)
        : QWidget(editor->parentWidget())
        , m_editor(editor)
    {
        setObjectName(QStringLiteral("guessFrame"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
        editor->installEventFilter(this);
        follow();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide:
            follow();
            break;
        default:
            break;
        }
        return QWidget::eventFilter(watched, event);
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        // 2 px wide, over the editor's own border and one pixel outside it, so the frames of
        // neighbouring rows stay apart.
        p.setPen(QPen(warningColor(palette()), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
    }

private:
    void follow()
    {
        setGeometry(m_editor->geometry().adjusted(-kMargin, -kMargin, kMargin, kMargin));
        setVisible(m_editor->isVisibleTo(parentWidget()));
        raise();
    }

    static constexpr int kMargin = 1;
    QWidget *m_editor;
};

/// The tab mark: a warning-coloured disc with an exclamation mark, 16 × 16 device-independent
/// pixels, drawn at twice that for high-density screens.
QIcon tabMarkIcon(const QPalette &palette)
{
    QPixmap pixmap(32, 32);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(warningColor(palette));
    p.drawEllipse(QRectF(2, 2, 12, 12));
    p.setPen(QPen(palette.color(QPalette::Window), 1.8, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(8, 4.8), QPointF(8, 9));
    p.drawPoint(QPointF(8, 11.4));
    return QIcon(pixmap);
}

/// Whether `field` has the same value in `a` and `b`, as its editor shows it (a moment's date
/// and time, not the zone offset a zone change rewrites).
bool sameValue(FieldId field, const Postmortem &a, const Postmortem &b)
{
    const auto sameMoment = [](const Moment &x, const Moment &y) {
        return x.date == y.date && x.time == y.time;
    };
    const auto sameEvents = [&sameMoment](const QList<TimelineEvent> &x,
                                          const QList<TimelineEvent> &y) {
        return std::equal(x.cbegin(), x.cend(), y.cbegin(), y.cend(),
                          [&sameMoment](const TimelineEvent &e, const TimelineEvent &f) {
                              return sameMoment(e.at, f.at) && e.kind == f.kind && e.text == f.text;
                          });
    };
    switch (field) {
    case FieldId::Title:
        return a.title == b.title;
    case FieldId::Timeline:
        return sameEvents(a.timeline, b.timeline);
    case FieldId::ActionItems:
        return a.actionItems == b.actionItems;
    case FieldId::Sections:
        return a.sections == b.sections;
    case FieldId::IncidentStart:
        return sameMoment(a.start, b.start);
    case FieldId::IncidentEnd:
        return sameMoment(a.end, b.end);
    case FieldId::TimeZone:
        return a.timezone == b.timezone;
    case FieldId::UsersAffectedPercent:
        return a.usersAffectedPercent == b.usersAffectedPercent;
    default:
        break;
    }
    QString Postmortem::*const prose = fieldInfo(field).prose;
    return !prose || a.*prose == b.*prose;
}

} // namespace

struct GuessMarks::Mark
{
    FieldId field = FieldId::Document;
    QPointer<QWidget> editor;
    QPointer<QWidget> frame;
    QString toolTip;
    QString previousToolTip;
    /// The widgets given the accessible description, with the description each had.
    QList<std::pair<QPointer<QWidget>, QString>> previousDescriptions;
    QList<QMetaObject::Connection> connections;
};

GuessMarks::GuessMarks(Document *document, QTabWidget *tabs, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_tabs(tabs)
{
    connect(m_document, &Document::changed, this, &GuessMarks::documentChanged);
}

GuessMarks::~GuessMarks()
{
    for (const std::shared_ptr<Mark> &m : std::as_const(m_marks))
        for (const QMetaObject::Connection &c : std::as_const(m->connections))
            disconnect(c);
}

void GuessMarks::mark(FieldId field, QWidget *editor, const QStringList &texts)
{
    if (!editor || texts.isEmpty())
        return;
    clear(field);
    // Every marked field has its baseline value still (documentChanged clears the others), so
    // the baseline can follow the document.
    m_baseline = m_document->postmortem();
    auto m = std::make_shared<Mark>();
    m->field = field;
    m->editor = editor;
    m->frame = new GuessFrame(editor);

    // About 60 characters wide: a tooltip label wraps rich text at a third of that.
    QString html = QStringLiteral("<table width=\"%1\"><tr><td><p><b>%2</b></p><ul "
                                  "style=\"margin-left:-24px\">")
                       .arg(editor->fontMetrics().averageCharWidth() * 60)
                       .arg(tr("Guessed on import — please check:").toHtmlEscaped());
    for (const QString &text : texts)
        html += QStringLiteral("<li>%1</li>").arg(text.toHtmlEscaped());
    m->toolTip = html + QStringLiteral("</ul></td></tr></table>");
    m->previousToolTip = editor->toolTip();
    editor->setToolTip(m->toolTip);

    // Screen readers: the editor, and the date and time parts of a moment editor (they take
    // the focus, not the moment editor itself).
    QList<QWidget *> described{editor};
    if (auto *moment = qobject_cast<MomentEdit *>(editor))
        described << moment->dateEdit() << moment->timeEdit();
    const QString description
        = tr("Guessed on import, please check: %1").arg(texts.join(QLatin1Char(' ')));
    for (QWidget *w : std::as_const(described)) {
        m->previousDescriptions.append({w, w->accessibleDescription()});
        w->setAccessibleDescription(description);
    }

    // Typing clears the mark at once, before the editor commits its value (a time is read
    // when its editing finishes, a percentage when Enter is pressed); a committed change of
    // any kind reaches documentChanged.
    QList<QLineEdit *> lines = editor->findChildren<QLineEdit *>();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        lines.prepend(line);
    for (QLineEdit *line : std::as_const(lines))
        m->connections.append(
            connect(line, &QLineEdit::textEdited, this, [this, field] { clear(field); }));

    m_marks.append(m);
    updateTabMarks();
    Q_EMIT marksChanged();
}

void GuessMarks::clear(FieldId field)
{
    const auto it
        = std::find_if(m_marks.begin(), m_marks.end(),
                       [field](const std::shared_ptr<Mark> &m) { return m->field == field; });
    if (it == m_marks.end())
        return;
    const std::shared_ptr<Mark> m = *it;
    m_marks.erase(it);
    for (const QMetaObject::Connection &c : std::as_const(m->connections))
        disconnect(c);
    delete m->frame; // never inside the frame's own code: marks are cleared from signals
    if (m->editor && m->editor->toolTip() == m->toolTip)
        m->editor->setToolTip(m->previousToolTip);
    for (const auto &[widget, description] : std::as_const(m->previousDescriptions))
        if (widget)
            widget->setAccessibleDescription(description);
    updateTabMarks();
    Q_EMIT marksChanged();
}

void GuessMarks::clear()
{
    while (!m_marks.isEmpty())
        clear(m_marks.constFirst()->field);
}

QList<FieldId> GuessMarks::markedFields() const
{
    QList<FieldId> fields;
    for (const std::shared_ptr<Mark> &m : m_marks)
        fields.append(m->field);
    return fields;
}

bool GuessMarks::isMarked(FieldId field) const
{
    return find(field) != nullptr;
}

QString GuessMarks::toolTip(FieldId field) const
{
    const Mark *m = find(field);
    return m ? m->toolTip : QString();
}

GuessMarks::Mark *GuessMarks::find(FieldId field) const
{
    for (const std::shared_ptr<Mark> &m : m_marks)
        if (m->field == field)
            return m.get();
    return nullptr;
}

void GuessMarks::documentChanged()
{
    const Postmortem &pm = m_document->postmortem();
    for (const FieldId field : markedFields())
        if (!sameValue(field, pm, m_baseline))
            clear(field);
}

void GuessMarks::updateTabMarks()
{
    QList<QWidget *> pages;
    for (const std::shared_ptr<Mark> &m : std::as_const(m_marks)) {
        QWidget *w = m->editor;
        while (w && m_tabs->indexOf(w) < 0)
            w = w->parentWidget();
        if (w && !pages.contains(w))
            pages.append(w);
    }
    const QIcon icon = pages.isEmpty() ? QIcon() : tabMarkIcon(m_tabs->palette());
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *page = m_tabs->widget(i);
        const bool marked = pages.contains(page);
        const bool wasMarked = m_markedTabs.contains(page);
        if (marked == wasMarked)
            continue;
        m_tabs->setTabIcon(i, marked ? icon : QIcon());
        if (marked)
            m_markedTabs.append(page);
        else
            m_markedTabs.removeAll(page);
    }
}

} // namespace Hindsight
