#pragma once

#include "core/result.h"

#include <QUndoCommand>

namespace crible::ui {

class Document;

// Base of every undo command: apply() and revert() return errors as values. The Document
// applies a command once before pushing it (so a refused change never reaches the stack);
// a later undo or redo that fails is reported and the command dropped from the stack.
class DocumentCommand : public QUndoCommand
{
public:
    explicit DocumentCommand(Document *document, const QString &text = {});

    void redo() final;
    void undo() final;

    virtual core::Result<void> apply() = 0;
    virtual core::Result<void> revert() = 0;

    // Set once the first apply() succeeded, so the stack's push() does not repeat it.
    void markApplied() { m_skipNextRedo = true; }

protected:
    Document *m_document;

private:
    bool m_skipNextRedo = false;
};

} // namespace crible::ui
