package org.kalamela.domain.conference.delegate;

import org.kalamela.domain.shared.validation.Validation;

/** What the organisers must provide a delegate: their food and whether they need a bed. Both required. */
public record DelegateNeeds(FoodPreference food, Boolean accommodation) {

    public DelegateNeeds {
        new Validation().required(food, "foodPreference").required(accommodation, "accommodation")
                .throwIfInvalid();
    }

    public boolean needsAccommodation() {
        return accommodation;
    }
}
