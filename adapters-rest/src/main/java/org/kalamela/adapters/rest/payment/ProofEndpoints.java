package org.kalamela.adapters.rest.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.payment.PaymentDtos.PaymentDto;
import org.kalamela.application.payment.proof.DownloadProof;
import org.kalamela.application.payment.proof.ProofDownload;
import org.kalamela.application.payment.proof.ProofUpload;
import org.kalamela.application.payment.proof.UploadProof;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * The proof endpoints of every payment purpose, written once: the Kalamela's and the conference's resources keep
 * their own paths, roles and OpenAPI text and hand the call here with their purpose.
 *
 * <p>An upload is the multipart {@code file} part, which the server has already spooled to a temporary file; it is
 * handed to the use case as a stream of that file and answered 201 with the payment and the new proof's address.
 * A download streams the stored file as an attachment with the type checked at upload and {@code nosniff}, so a
 * browser saves it and never renders it, whatever bytes follow its signature.
 */
@ApplicationScoped
public class ProofEndpoints {

    private final UploadProof upload;
    private final DownloadProof download;
    private final CurrentActor currentActor;

    @Inject
    public ProofEndpoints(UploadProof upload, DownloadProof download, CurrentActor currentActor) {
        this.upload = upload;
        this.download = download;
        this.currentActor = currentActor;
    }

    /**
     * Uploads the proof of a payment of {@code purpose}.
     *
     * @param proofAddress the template of the new proof's {@code Location}, with {@code {id}} (the payment) and
     *        {@code {proofId}}
     */
    public Response upload(PaymentPurpose purpose, long paymentId, FileUpload file, String proofAddress) {
        if (file == null || file.uploadedFile() == null) {
            throw InvalidInput.field("file", "is required: a multipart part named file");
        }
        PaymentDto payment;
        try (InputStream content = Files.newInputStream(file.uploadedFile())) {
            payment = PaymentDto.of(upload.execute(new UploadProof.Command(PaymentParams.paymentPath(paymentId),
                    purpose, new ProofUpload(file.fileName(), content)), currentActor.get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long proofId = payment.proofs().get(payment.proofs().size() - 1).id();
        return Response.created(UriBuilder.fromPath(proofAddress).build(payment.id(), proofId)).entity(payment)
                .build();
    }

    /** Streams a proof of a payment of {@code purpose} as an attachment. */
    public Response download(PaymentPurpose purpose, long paymentId, long proofId) {
        ProofDownload proof = download.execute(new DownloadProof.Command(PaymentParams.paymentPath(paymentId),
                PaymentParams.proofPath(proofId), purpose), currentActor.get());
        StreamingOutput body = output -> {
            try (InputStream in = proof.content()) {
                in.transferTo(output);
            }
        };
        return Response.ok(body, proof.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + proof.fileName() + "\"")
                .header("Content-Length", proof.size())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
