// The bench's cally bundle (0.9.2): every element, self-registering, built like ours.
import 'cally';
