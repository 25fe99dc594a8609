//! The wizard state as a Yew reducer: the one place the app's state lives; every page is drawn
//! from it and every change goes through [`WizardState::apply`].

use crate::wizard::{Action, WizardState};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, PartialEq)]
pub struct Store(pub WizardState);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(self.0.clone().apply(action)))
    }
}
