#include "documentcommand.h"

#include "document.h"

namespace crible::ui {

DocumentCommand::DocumentCommand(Document *document, const QString &text)
    : QUndoCommand(text), m_document(document)
{}

void DocumentCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    auto done = apply();
    if (!done) {
        setObsolete(true);
        m_document->reportCommandError(done.error());
    }
}

void DocumentCommand::undo()
{
    auto done = revert();
    if (!done) {
        setObsolete(true);
        m_document->reportCommandError(done.error());
    }
}

} // namespace crible::ui
