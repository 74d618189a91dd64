package org.kalamela.application.registry.fakes;

import org.kalamela.application.identity.fakes.FakePasswordHasher;
import org.kalamela.application.identity.fakes.InMemoryAccountRepository;
import org.kalamela.application.shared.fakes.InMemoryAuditLog;

/**
 * Every fake of the registry's ports over one shared memory, with the identity and audit fakes the registry's
 * use cases also need, for use-case tests and for adapter tests that need a consistent set of fakes.
 */
public final class RegistryFakes {

    public final RegistryMemory memory = new RegistryMemory();
    public final InMemoryDistrictRepository districts = new InMemoryDistrictRepository(memory);
    public final InMemoryUnitNameRepository unitNames = new InMemoryUnitNameRepository(memory);
    public final InMemoryUnitRegistrationRepository registrations = new InMemoryUnitRegistrationRepository(memory);
    public final InMemoryUnitDetailsRepository details = new InMemoryUnitDetailsRepository(memory);
    public final InMemoryUnitOfficialsRepository officials = new InMemoryUnitOfficialsRepository(memory);
    public final InMemoryCouncilorRepository councilors = new InMemoryCouncilorRepository(memory);
    public final InMemoryMemberRepository members = new InMemoryMemberRepository(memory);
    public final InMemoryMemberEntryLookup entries = new InMemoryMemberEntryLookup(memory);
    public final InMemoryRegistrationNumberSequence sequence = new InMemoryRegistrationNumberSequence(memory);
    public final InMemoryRegistryListReader lists = new InMemoryRegistryListReader(memory);
    public final InMemoryRegistryDashboardReader dashboard = new InMemoryRegistryDashboardReader(memory);
    public final InMemoryRegistryExportReader exports = new InMemoryRegistryExportReader(memory);
    public final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    public final FakePasswordHasher hasher = new FakePasswordHasher();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final RecordingSpreadsheetWriter spreadsheets = new RecordingSpreadsheetWriter();
}
