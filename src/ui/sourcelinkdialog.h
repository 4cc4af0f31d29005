#pragma once

#include "core/claim.h"
#include "core/source.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace crible::ui {

// The text of a plain-text editor exactly as typed. toPlainText() turns no-break spaces
// (French typography: after "n°", before ":") into ordinary ones; the raw text
// keeps every character and only the block separators go back to "\n".
QString exactPlainText(const QPlainTextEdit *edit);

// Adds a new source, or links an existing one, with the stance and the quoted passage.
class SourceLinkDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { NewSource, ExistingSource };

    SourceLinkDialog(Mode mode, const QList<core::Source> &sources, QWidget *parent = nullptr);

    void setLink(const core::ClaimSourceLink &link);
    core::Source source() const; // NewSource
    core::ClaimSourceLink link() const;

private:
    int chosenIndex() const; // the source named in the picker, -1 when the text names none

    Mode m_mode;
    QList<core::Source> m_sources;
    QComboBox *m_existing = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_publisher = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_documentNumber = nullptr;
    QCheckBox *m_primary = nullptr;
    QComboBox *m_stance;
    QPlainTextEdit *m_passage;
    // The passage given to setLink() and what the editor showed of it: unchanged, it is
    // given back as it was, byte for byte.
    QString m_givenPassage;
    QString m_shownPassage;
};

} // namespace crible::ui
