package org.kalamela.adapters.rest.registry.unit;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.adapters.rest.registry.unit.UnitDtos.MemberDto;
import org.kalamela.adapters.rest.registry.unit.UnitDtos.OfficialsDto;
import org.kalamela.adapters.rest.registry.unit.UnitDtos.RegistrationDto;
import org.kalamela.adapters.rest.registry.unit.UnitDtos.UnitDetailsDto;
import org.kalamela.application.registry.unit.UnitRecord;

/** A unit's whole record; details and officials are null until the unit gives them, ages are on {@code asOf}. */
@Schema(name = "UnitRecord")
public record UnitRecordDto(long unitId, String unitName, long districtId, String districtName,
                            RegistrationDto registration, UnitDetailsDto details, OfficialsDto officials,
                            List<MemberDto> councilors, List<MemberDto> members, LocalDate asOf) {

    static UnitRecordDto of(UnitRecord record) {
        return new UnitRecordDto(record.unit().id().value(), record.unit().name(), record.district().id().value(),
                record.district().name(), RegistrationDto.of(record.registration()),
                UnitDetailsDto.of(record.details()), OfficialsDto.of(record.officials()), aged(record.councilors()),
                aged(record.members()), record.asOf());
    }

    static List<MemberDto> aged(List<UnitRecord.AgedMember> members) {
        return members.stream().map(m -> MemberDto.of(m.member(), m.age())).toList();
    }
}
