package org.kalamela.application.identity.fakes;

import java.util.ArrayList;
import java.util.List;
import org.kalamela.domain.identity.mail.MailMessage;
import org.kalamela.domain.identity.mail.Mailer;

/** A {@link Mailer} that keeps what it was asked to send, for a test to read. */
public class RecordingMailer implements Mailer {

    private final List<MailMessage> sent = new ArrayList<>();

    @Override
    public synchronized void send(MailMessage message) {
        sent.add(message);
    }

    public synchronized List<MailMessage> sent() {
        return List.copyOf(sent);
    }

    /** The last mail sent; fails when none was. */
    public synchronized MailMessage last() {
        if (sent.isEmpty()) {
            throw new AssertionError("no mail was sent");
        }
        return sent.get(sent.size() - 1);
    }

    /** The text that follows {@code linkBase} in the last mail, up to the end of its line: the link's token. */
    public String lastLinkToken(String linkBase) {
        String body = last().body();
        int start = body.indexOf(linkBase);
        if (start < 0) {
            throw new AssertionError("the last mail has no link starting with " + linkBase + ":\n" + body);
        }
        int from = start + linkBase.length();
        int end = body.indexOf('\n', from);
        return body.substring(from, end < 0 ? body.length() : end).trim();
    }
}
